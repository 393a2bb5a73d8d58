import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, addMonthsClamped, daysBetween, eachDate, isIsoDate, isoDateIn, isoWeekday } from './iso-date.js';

describe('calendar dates', () => {
  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });

  it('reads the years 0000-0099 as written, not as 1900-1999', () => {
    expect(isIsoDate('0010-01-01')).toBe(true);
    expect(isIsoDate('0004-02-29')).toBe(true);
    expect(isIsoDate('0100-02-29')).toBe(false);
  });

  it('adds a month to 31 January as the last day of February, leap years included', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-03-15', 1)).toBe('2026-04-15');
  });

  it('counts days across the spring daylight-saving change without losing one', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(eachDate('2026-03-28', '2026-03-30')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });

  it('numbers weekdays Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-22')).toBe(7);
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: -4000, max: 4000 }), (n) => {
        expect(daysBetween('2026-01-01', addDays('2026-01-01', n))).toBe(n);
      }),
    );
  });

  it('dates an instant by the wall clock of a zone: 23:30 UTC in July is the next day in London', () => {
    expect(isoDateIn(new Date('2026-07-01T23:30:00Z'), 'Europe/London')).toBe('2026-07-02');
    expect(isoDateIn(new Date('2026-12-01T23:30:00Z'), 'Europe/London')).toBe('2026-12-01');
  });
});
