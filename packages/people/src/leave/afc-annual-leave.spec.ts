import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { afcAnnualLeaveDays, leaveDaysInHours } from './afc-annual-leave.js';

describe('afcAnnualLeaveDays', () => {
  it('is 27 days on appointment, 29 after 5 years, 33 after 10 (working-time.md §3)', () => {
    expect([0, 4, 5, 9, 10, 40].map(afcAnnualLeaveDays)).toEqual([27, 27, 29, 29, 33, 33]);
  });

  it('never falls as service grows', () => {
    fc.assert(
      fc.property(fc.nat(60), fc.nat(60), (a, b) => {
        expect(afcAnnualLeaveDays(Math.min(a, b))).toBeLessThanOrEqual(afcAnnualLeaveDays(Math.max(a, b)));
      }),
    );
  });
});

describe('leaveDaysInHours', () => {
  it('is the hours column of the full-time table: 202.5, 217.5, 247.5 and 60 for public holidays', () => {
    expect([27, 29, 33, 8].map((days) => leaveDaysInHours(days, 37.5))).toEqual([202.5, 217.5, 247.5, 60]);
  });

  it('pro-rates by contracted hours: 0.6 FTE (22.5 h) gets 121.5 h and 36 h (working-time.md §3 example)', () => {
    expect(leaveDaysInHours(27, 22.5)).toBe(121.5);
    expect(leaveDaysInHours(8, 22.5)).toBe(36);
  });
});
