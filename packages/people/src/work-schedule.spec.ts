import { describe, expect, it } from '@jest/globals';
import { patternHours, standardWorkSchedule, validateWorkSchedule, workingHoursOn, type WorkSchedule } from './work-schedule.js';

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
