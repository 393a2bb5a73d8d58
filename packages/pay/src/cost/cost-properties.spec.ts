import { describe, expect, it } from '@jest/globals';
import { AFC_BANDS, payPointCount } from '@recordroom/people';
import { epochMinutesAt } from '@recordroom/rota';
import fc from 'fast-check';
import { timeBandSegments } from '../enhancements/time-bands.js';
import { ENGLAND, englandTimeBands } from '../nations.js';
import { exactAmount } from './hourly-rate.js';
import { costPersonShifts } from './cost-person-shifts.js';
import { payTermsResolver } from './pay-terms.js';

const calendar = englandTimeBands();
const context = { rules: ENGLAND, calendar, termsOn: payTermsResolver(ENGLAND) };

/** A shift starting on a day of 2024/25 to 2026/27 at any minute, up to 14 hours long. */
const aShift = fc.record({
  day: fc.integer({ min: 0, max: 3 * 365 - 2 }),
  startMinute: fc.integer({ min: 0, max: 1439 }),
  length: fc.integer({ min: 0, max: 14 * 60 }),
});
const aPerson = fc
  .constantFrom(...AFC_BANDS)
  .chain((band) => fc.record({ band: fc.constant(band), payPoint: fc.integer({ min: 1, max: payPointCount(band) }), contractedHoursPerWeek: fc.integer({ min: 0, max: 75 }).map((h) => h / 2) }));

function instantOf(shift: { day: number; startMinute: number }): number {
  const date = new Date(Date.UTC(2024, 3, 1 + shift.day)).toISOString().slice(0, 10);
  return epochMinutesAt(date, shift.startMinute, 'Europe/London');
}

describe('the cost of shifts, for any shift and person', () => {
  it('is never negative, and its components add up to the total', () => {
    fc.assert(
      fc.property(aPerson, fc.array(aShift, { maxLength: 8 }), (person, shifts) => {
        const costed = costPersonShifts(person, shifts.map((s, i) => ({ id: String(i), start: instantOf(s), end: instantOf(s) + s.length, unpaidBreakMinutes: 0 })), context);
        for (const shift of costed) {
          expect(Math.min(shift.basic, shift.enhancements, shift.overtime)).toBeGreaterThanOrEqual(0);
          expect(shift.total).toBe(shift.basic + shift.enhancements + shift.overtime);
        }
      }),
    );
  });

  it('is additive over splitting a shift in two: the time bands, and the exact amounts, are the same', () => {
    fc.assert(
      fc.property(aShift, fc.double({ min: 0, max: 1, noNaN: true }), (shift, at) => {
        const start = instantOf(shift);
        const end = start + shift.length;
        const cut = start + Math.floor(shift.length * at);
        const whole = timeBandSegments({ start, end, unpaidBreakMinutes: 0 }, calendar);
        const parts = [...timeBandSegments({ start, end: cut, unpaidBreakMinutes: 0 }, calendar), ...timeBandSegments({ start: cut, end, unpaidBreakMinutes: 0 }, calendar)];
        const exact = (segments: typeof whole) => segments.reduce((sum, s) => sum + exactAmount(2_659_800, s.minutes, s.band === 'plain' ? 100 : s.band === 'lower' ? 135 : 169), 0);
        expect(exact(parts)).toBe(exact(whole));
        const minutesBy = (segments: typeof whole) => ['plain', 'lower', 'higher'].map((band) => segments.filter((s) => s.band === band).reduce((sum, s) => sum + s.minutes, 0));
        expect(minutesBy(parts)).toEqual(minutesBy(whole));
      }),
    );
  });

  it('is monotone in hours: a longer shift never costs less', () => {
    fc.assert(
      fc.property(aPerson, aShift, fc.integer({ min: 1, max: 240 }), (person, shift, more) => {
        const start = instantOf(shift);
        const [short] = costPersonShifts(person, [{ id: 'a', start, end: start + shift.length, unpaidBreakMinutes: 0 }], context);
        const [longer] = costPersonShifts(person, [{ id: 'b', start, end: start + shift.length + more, unpaidBreakMinutes: 0 }], context);
        expect(longer?.total).toBeGreaterThanOrEqual(short?.total ?? 0);
      }),
    );
  });

  it('counts every elapsed minute once, across the clock changes', () => {
    fc.assert(
      fc.property(aShift, (shift) => {
        const start = instantOf(shift);
        const segments = timeBandSegments({ start, end: start + shift.length, unpaidBreakMinutes: 0 }, calendar);
        expect(segments.reduce((sum, s) => sum + s.minutes, 0)).toBe(shift.length);
      }),
    );
  });
});
