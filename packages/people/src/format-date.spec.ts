import { describe, expect, it } from '@jest/globals';
import { formatDate, relativeDay } from './format-date.js';

describe('formatDate', () => {
  it('writes weekday, day, month and year', () => {
    expect(formatDate('2026-03-02')).toBe('Mon 2 Mar 2026');
    expect(formatDate('2025-12-28')).toBe('Sun 28 Dec 2025');
  });
});

describe('relativeDay', () => {
  it('names the day in words from today', () => {
    expect(relativeDay('2026-03-02', '2026-03-02')).toBe('today');
    expect(relativeDay('2026-03-03', '2026-03-02')).toBe('tomorrow');
    expect(relativeDay('2026-03-01', '2026-03-02')).toBe('yesterday');
    expect(relativeDay('2026-03-09', '2026-03-02')).toBe('in 7 days');
    expect(relativeDay('2026-02-20', '2026-03-02')).toBe('10 days ago');
  });
});
