import { describe, expect, it } from '@jest/globals';
import { once } from 'node:events';
import { type Readable } from 'node:stream';
import { csvStream, type CsvCell } from './csv.js';

async function textOf(csv: Readable): Promise<string> {
  csv.setEncoding('utf8');
  let text = '';
  for await (const chunk of csv) text += chunk as string;
  return text;
}

/** The line one record makes, after the header line. */
async function lineOf(fields: readonly CsvCell[]): Promise<string> {
  const text = await textOf(csvStream(['h'], [fields]));
  expect(text.startsWith('h\r\n')).toBe(true);
  return text.slice('h\r\n'.length);
}

describe('csvStream', () => {
  it('writes the header line first, also when there are no records', async () => {
    await expect(textOf(csvStream(['Name', 'Band'], []))).resolves.toBe('Name,Band\r\n');
  });

  it('writes plain fields as they are, ending the line with CRLF', async () => {
    await expect(lineOf(['Ann', 22.5, true, null])).resolves.toBe('Ann,22.5,true,\r\n');
  });

  it('quotes fields holding commas, quotes or line breaks', async () => {
    await expect(lineOf(['Smith, Ann', 'say "hi"', 'two\nlines'])).resolves.toBe('"Smith, Ann","say ""hi""","two\nlines"\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', async () => {
    await expect(lineOf(['=HYPERLINK("x")', '-1+1', '@SUM(A1)'])).resolves.toBe(`"'=HYPERLINK(""x"")",'-1+1,'@SUM(A1)\r\n`);
  });

  it('defuses text starting with a tab, a carriage return or a full-width formula sign', async () => {
    await expect(lineOf(['\tcmd', '\rcmd', '＝cmd', '+1'])).resolves.toBe(`'\tcmd,"'\rcmd",'＝cmd,'+1\r\n`);
  });

  it('writes numbers as numbers, negative ones too, and false as false', async () => {
    await expect(lineOf([-1.5, 0, false])).resolves.toBe('-1.5,0,false\r\n');
  });

  /** More records than the stream buffers, counting how many it has asked for. */
  function manyRecords(): { records: Generator<CsvCell[]>; read: () => number; closed: () => boolean } {
    let read = 0;
    let closed = false;
    function* records(): Generator<CsvCell[]> {
      try {
        while (read < MANY) {
          read += 1;
          yield [read];
        }
      } finally {
        closed = true;
      }
    }
    return { records: records(), read: () => read, closed: () => closed };
  }
  const MANY = 100_000;

  it('writes the first lines before it has read all the records', async () => {
    const source = manyRecords();
    const csv = csvStream(['n'], source.records);
    csv.setEncoding('utf8');

    const [first] = (await once(csv, 'data')) as [string];

    expect(first).toBe('n\r\n');
    expect(source.read()).toBeLessThan(MANY);
    csv.destroy();
  });

  it('stops reading the records when its reader goes away', async () => {
    const source = manyRecords();
    const csv = csvStream(['n'], source.records);
    await once(csv, 'readable');

    csv.destroy();
    await once(csv, 'close');
    await new Promise((resolve) => setImmediate(resolve));

    expect(source.closed()).toBe(true);
    expect(source.read()).toBeLessThan(MANY);
  });
});
