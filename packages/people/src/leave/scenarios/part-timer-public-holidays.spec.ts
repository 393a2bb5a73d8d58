import { describe, expect, it } from '@jest/globals';
import { standardWorkSchedule, type WorkSchedule } from '../../work-schedule.js';
import { leaveBalance } from '../leave-balance.js';
import { DEFAULT_LEAVE_SETTINGS } from '../leave-settings.js';

// Leave year 2026/27 holds 10 bank holidays in England and Wales, because Easter falls in it
// twice: Fri 3 Apr, Mon 6 Apr, Mon 4 May, Mon 25 May, Mon 31 Aug, Fri 25 Dec, Mon 28 Dec,
// Fri 1 Jan, Fri 26 Mar, Mon 29 Mar. Six are Mondays and four Fridays.
const today = '2026-04-01';
const underFiveYears = { nhsServiceStartDate: '2024-09-01' };
const fixed = { ...DEFAULT_LEAVE_SETTINGS, publicHolidayAllowance: 'fixed' as const };
const wedToFri: WorkSchedule = { weeks: [[0, 0, 7.5, 7.5, 7.5, 0, 0]] };
const monToWed: WorkSchedule = { weeks: [[7.5, 7.5, 7.5, 0, 0, 0, 0]] };

describe('scenario: public holidays for part-timers, the hours approach', () => {
  it('gives a Wed-Fri part-timer (22.5 h) 45 h for the 10 holidays; the 4 Fridays take 30 h, the other 15 h she books as leave', () => {
    const b = leaveBalance({ ...underFiveYears, contractedHoursPerWeek: 22.5 }, wedToFri, [], { today });
    expect([b.entitlement.annualLeaveHours, b.entitlement.publicHolidayHours]).toEqual([121.5, 45]);
    expect(b.publicHolidays.reduce((sum, d) => sum + d.hours, 0)).toBe(30);
    expect(b.remainingHours).toBe(136.5); // 121.5 + 45 − 30
  });

  it('gives a Mon-Wed part-timer the same 45 h, all taken by the 6 Mondays, leaving her 121.5 h', () => {
    expect(leaveBalance({ ...underFiveYears, contractedHoursPerWeek: 22.5 }, monToWed, [], { today }).remainingHours).toBe(121.5);
  });

  it('leaves a full-timer exactly their annual leave: 75 h for 10 holidays, all on weekdays', () => {
    expect(leaveBalance({ ...underFiveYears, contractedHoursPerWeek: 37.5 }, standardWorkSchedule(37.5), [], { today }).remainingHours).toBe(202.5);
  });

  it('under the fixed 8-holiday allowance (60 × FTE h) the two extra holidays come out of annual leave', () => {
    // Wed-Fri: 121.5 + 36 − 30 = 127.5; Mon-Wed: 121.5 + 36 − 45 = 112.5; full-timer: 202.5 + 60 − 75 = 187.5.
    expect(leaveBalance({ ...underFiveYears, contractedHoursPerWeek: 22.5 }, wedToFri, [], { today, settings: fixed }).remainingHours).toBe(127.5);
    expect(leaveBalance({ ...underFiveYears, contractedHoursPerWeek: 22.5 }, monToWed, [], { today, settings: fixed }).remainingHours).toBe(112.5);
    expect(leaveBalance({ ...underFiveYears, contractedHoursPerWeek: 37.5 }, standardWorkSchedule(37.5), [], { today, settings: fixed }).remainingHours).toBe(187.5);
  });

  it('keeps the hours of a holiday the person is rostered to work: Easter Monday on the A&E desk leaves 202.5 + 7.5 h', () => {
    const rota: WorkSchedule = { ...standardWorkSchedule(37.5), rostered: { '2026-04-06': 7.5 } };
    expect(leaveBalance({ ...underFiveYears, contractedHoursPerWeek: 37.5 }, rota, [], { today }).remainingHours).toBe(210);
  });
});
