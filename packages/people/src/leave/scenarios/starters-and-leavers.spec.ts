import { describe, expect, it } from '@jest/globals';
import { leaveEntitlement } from '../leave-entitlement.js';
import { DEFAULT_LEAVE_SETTINGS } from '../leave-settings.js';

const year2026 = { start: '2026-04-01', end: '2027-03-31' }; // 365 days, 10 bank holidays
const fixed = { ...DEFAULT_LEAVE_SETTINGS, publicHolidayAllowance: 'fixed' as const };

describe('scenario: part of a leave year for starters and leavers', () => {
  // A new full-timer starting 1 Oct 2026 is employed 182 of the year's 365 days, which hold 5
  // bank holidays (25 and 28 Dec, 1 Jan, 26 and 29 Mar).
  const starter = { contractedHoursPerWeek: 37.5, nhsServiceStartDate: '2026-10-01' };

  it('gives a starter 202.5 × 182/365 = 100.97 → 101 h, and the 5 holidays left in the year, 37.5 h', () => {
    const e = leaveEntitlement(starter, year2026);
    expect(e.employed).toEqual({ start: '2026-10-01', end: '2027-03-31' });
    expect([e.annualLeaveHours, e.publicHolidayHours]).toEqual([101, 37.5]);
  });

  it('gives the starter 60 × 182/365 = 29.92 → 30 h of public holidays under the fixed allowance', () => {
    expect(leaveEntitlement(starter, year2026, fixed).publicHolidayHours).toBe(30);
  });

  it('counts earlier NHS service for a starter: 8 years → 217.5 × 182/365 = 108.45 → 108.5 h', () => {
    expect(leaveEntitlement({ ...starter, nhsServiceStartDate: '2018-01-01', employmentStartDate: '2026-10-01' }, year2026).annualLeaveHours).toBe(108.5);
  });

  it('gives a 10-year leaver on 30 Jun 2026 247.5 × 91/365 = 61.71 → 61.5 h, and the 4 holidays before leaving, 30 h', () => {
    const e = leaveEntitlement({ contractedHoursPerWeek: 37.5, nhsServiceStartDate: '2010-05-01', employmentEndDate: '2026-06-30' }, year2026);
    expect([e.annualLeaveHours, e.publicHolidayHours]).toEqual([61.5, 30]);
    expect(leaveEntitlement({ contractedHoursPerWeek: 37.5, nhsServiceStartDate: '2010-05-01', employmentEndDate: '2026-06-30' }, year2026, fixed).publicHolidayHours).toBe(15); // 60 × 91/365 = 14.96
  });

  it('gives nothing for a year the person is not employed in', () => {
    const e = leaveEntitlement({ contractedHoursPerWeek: 37.5, nhsServiceStartDate: '2010-05-01', employmentEndDate: '2026-03-31' }, year2026);
    expect([e.employed, e.totalHours]).toEqual([null, 0]);
  });
});
