import { describe, expect, it } from '@jest/globals';
import { csvRecord } from './csv.js';

describe('csvRecord', () => {
  it('writes plain fields as they are, ending the line with CRLF', () => {
    expect(csvRecord(['Ann', 22.5, true, null])).toBe('Ann,22.5,true,\r\n');
  });

  it('quotes fields holding commas, quotes or line breaks', () => {
    expect(csvRecord(['Smith, Ann', 'say "hi"', 'two\nlines'])).toBe('"Smith, Ann","say ""hi""","two\nlines"\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvRecord(['=HYPERLINK("x")', '-1+1', '@SUM(A1)'])).toBe(`"'=HYPERLINK(""x"")",'-1+1,'@SUM(A1)\r\n`);
  });
});
