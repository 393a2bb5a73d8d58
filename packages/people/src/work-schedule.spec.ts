import { describe, expect, it } from '@jest/globals';
import { fixedDaysSchedule, patternHours, publicHolidaysIn, standardWorkSchedule, validateWorkSchedule, workingHoursOn, type WorkSchedule } from './work-schedule.js';

// Week of Mon 2 Mar 2026 to Sun 8 Mar 2026; Easter Monday is 6 Apr 2026 (England and Wales).
const monToWed: WorkSchedule = { weeks: [[7.5, 7.5, 7.5, 0, 0, 0, 0]] };

describe('patternHours', () => {
  it('reads the weekday of a one-week pattern', () => {
    expect(patternHours(monToWed, '2026-03-04')).toBe(7.5);
    expect(patternHours(monToWed, '2026-03-05')).toBe(0);
  });

  it('follows a two-week cycle from its start Monday, before and after it', () => {
    const alternate: WorkSchedule = { weeks: [[8, 8, 8, 8, 8, 0, 0], [0, 0, 0, 0, 0, 10, 10]], cycleStartDate: '2026-03-02' };
    expect(patternHours(alternate, '2026-03-02')).toBe(8);
    expect(patternHours(alternate, '2026-03-09')).toBe(0);
    expect(patternHours(alternate, '2026-03-14')).toBe(10);
    expect(patternHours(alternate, '2026-02-28')).toBe(10); // the week before the start is week 2
    expect(patternHours(alternate, '2026-02-23')).toBe(0);
  });
});

describe('workingHoursOn', () => {
  it('is the pattern, a public holiday off, and the rota where it says otherwise', () => {
    const schedule: WorkSchedule = { ...standardWorkSchedule(37.5), rostered: { '2026-03-03': 0, '2026-03-07': 6, '2026-04-06': 7.5 } };
    expect(workingHoursOn(schedule, '2026-03-02')).toBe(7.5);
    expect(workingHoursOn(schedule, '2026-03-03')).toBe(0); // rostered off
    expect(workingHoursOn(schedule, '2026-03-07')).toBe(6); // an extra Saturday
    expect(workingHoursOn(standardWorkSchedule(37.5), '2026-04-06')).toBe(0); // Easter Monday
    expect(workingHoursOn(schedule, '2026-04-06')).toBe(7.5); // rostered on Easter Monday
  });

  it('uses the public holidays given instead of England and Wales', () => {
    expect(workingHoursOn({ ...monToWed, publicHolidays: ['2026-03-17'] }, '2026-03-17')).toBe(0);
    expect(workingHoursOn({ ...monToWed, publicHolidays: [] }, '2026-04-06')).toBe(7.5);
  });
});

describe('validateWorkSchedule', () => {
  it('accepts the standard week', () => {
    expect(validateWorkSchedule(standardWorkSchedule(22.5))).toEqual([]);
  });

  it('names impossible hours, a cycle with no Monday start, and a rota keyed by a non-date', () => {
    const bad: WorkSchedule = { weeks: [[25, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, -1]], cycleStartDate: '2026-03-03', rostered: { soon: 7 } };
    expect(validateWorkSchedule(bad).map((e) => e.field)).toEqual(['weeks[0][0]', 'weeks[1][6]', 'cycleStartDate', 'rostered.soon']);
  });
});

describe('publicHolidaysIn', () => {
  it('lists England and Wales bank holidays in the range', () => {
    expect(publicHolidaysIn({ start: '2026-12-20', end: '2027-01-05' })).toEqual(['2026-12-25', '2026-12-28', '2027-01-01']);
  });

  it('refuses a range the bank-holiday calendar does not cover, rather than report none', () => {
    expect(() => publicHolidaysIn({ start: '2031-04-01', end: '2032-03-31' })).toThrow(RangeError);
  });

  it('uses the dates given, in order', () => {
    expect(publicHolidaysIn({ start: '2031-01-01', end: '2031-12-31' }, ['2031-12-25', '2031-01-01', '2032-01-01'])).toEqual(['2031-01-01', '2031-12-25']);
  });
});

describe('fixedDaysSchedule', () => {
  it('spreads the hours over the working days, and falls back to the standard week without any', () => {
    expect(fixedDaysSchedule(22.5, [1, 2, 3]).weeks).toEqual([[7.5, 7.5, 7.5, 0, 0, 0, 0]]);
    expect(fixedDaysSchedule(30, [6, 7, 6]).weeks).toEqual([[0, 0, 0, 0, 0, 15, 15]]);
    expect(fixedDaysSchedule(37.5, [])).toEqual(standardWorkSchedule(37.5));
  });
});
