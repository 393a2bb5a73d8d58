import { describe, expect, it } from '@jest/globals';
import { leaveEntitlement } from '../leave-entitlement.js';

// Leave year 2025/26 (1 Apr 2025 - 31 Mar 2026) holds exactly 8 bank holidays in England and
// Wales (Good Friday 18 Apr ... New Year's Day 1 Jan), so it shows the table of
// ../shared/domain/working-time.md §3 as printed: 27 / 29 / 33 days × 7.5 h, + 8 × 7.5 = 60 h.
const year2025 = { start: '2025-04-01', end: '2026-03-31' };

describe('scenario: a full-timer’s entitlement by reckonable NHS service', () => {
  it('on appointment (under 5 years): 202.5 h annual leave + 60 h public holidays', () => {
    const e = leaveEntitlement({ contractedHoursPerWeek: 37.5, nhsServiceStartDate: '2023-09-01', employmentStartDate: '2023-09-01' }, year2025);
    expect([e.annualLeaveHours, e.publicHolidayHours, e.totalHours]).toEqual([202.5, 60, 262.5]);
  });

  it('after 5 years (7 completed by 1 Apr 2025): 217.5 h + 60 h', () => {
    const e = leaveEntitlement({ contractedHoursPerWeek: 37.5, nhsServiceStartDate: '2018-01-10' }, year2025);
    expect([e.annualLeaveHours, e.publicHolidayHours]).toEqual([217.5, 60]);
  });

  it('after 10 years: 247.5 h + 60 h', () => {
    const e = leaveEntitlement({ contractedHoursPerWeek: 37.5, nhsServiceStartDate: '2010-05-01' }, year2025);
    expect([e.annualLeaveHours, e.publicHolidayHours]).toEqual([247.5, 60]);
  });

  it('counts NHS service with an earlier employer: a joiner with 8 years elsewhere starts at 29 days', () => {
    const e = leaveEntitlement({ contractedHoursPerWeek: 37.5, nhsServiceStartDate: '2017-03-01', employmentStartDate: '2025-04-01' }, year2025);
    expect(e.annualLeaveHours).toBe(217.5);
  });
});
