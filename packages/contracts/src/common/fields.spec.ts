import { describe, expect, it } from '@jest/globals';
import { isoDate, queryVersion, version } from './fields.js';

describe('isoDate', () => {
  it('accepts a real day written yyyy-mm-dd, including a leap day', () => {
    expect(isoDate.parse('2028-02-29')).toBe('2028-02-29');
  });

  it.each(['2027-02-29', '2026-04-31', '03/04/2026', '2026-4-3', ''])('refuses %j with a message saying how to write a date', (text) => {
    const result = isoDate.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be a date written yyyy-mm-dd');
  });
});

describe('versions', () => {
  it('takes a body version as a number from 1, never as text', () => {
    expect(version.parse(4)).toBe(4);
    expect(version.safeParse(0).success).toBe(false);
    expect(version.safeParse('4').success).toBe(false);
  });

  it('reads a query-string version from its text', () => {
    expect(queryVersion.parse('4')).toBe(4);
    expect(queryVersion.safeParse('0').success).toBe(false);
  });
});
