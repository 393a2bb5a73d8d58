import { describe, expect, it } from '@jest/globals';
import { dayCount, intersectRanges } from './date-range.js';

describe('dayCount', () => {
  it('counts both ends: one day, a leap leave year, a plain one', () => {
    expect(dayCount({ start: '2026-03-02', end: '2026-03-02' })).toBe(1);
    expect(dayCount({ start: '2027-04-01', end: '2028-03-31' })).toBe(366);
    expect(dayCount({ start: '2026-04-01', end: '2027-03-31' })).toBe(365);
  });
});

describe('intersectRanges', () => {
  it('is the shared days, or null when the ranges only meet end to start', () => {
    expect(intersectRanges({ start: '2026-01-01', end: '2026-01-10' }, { start: '2026-01-10', end: '2026-02-01' })).toEqual({ start: '2026-01-10', end: '2026-01-10' });
    expect(intersectRanges({ start: '2026-01-01', end: '2026-01-09' }, { start: '2026-01-10', end: '2026-02-01' })).toBeNull();
  });
});
