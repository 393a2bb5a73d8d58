import { describe, expect, it } from '@jest/globals';
import { addDays } from '@recordroom/calendar';
import fc from 'fast-check';
import { leaveEntitlement } from '../leave-entitlement.js';
import { DEFAULT_LEAVE_SETTINGS, type ServiceStepRule } from '../leave-settings.js';

// A full-timer whose NHS service began 1 Oct 2021 completes 5 years on 1 Oct 2026, inside the
// 2026/27 leave year (365 days): 183 days before (1 Apr - 30 Sep) and 182 from it (1 Oct - 31 Mar).
const person = { contractedHoursPerWeek: 37.5, nhsServiceStartDate: '2021-10-01' };
const year2026 = { start: '2026-04-01', end: '2027-03-31' };
const withRule = (serviceStep: ServiceStepRule) => ({ ...DEFAULT_LEAVE_SETTINGS, serviceStep });

describe('scenario: reaching 5 years’ service in the middle of a leave year', () => {
  it('pro-rates from the anniversary by default: 202.5 × 183/365 + 217.5 × 182/365 = 209.98 → 210 h', () => {
    const e = leaveEntitlement(person, year2026);
    expect(e.annualLeaveHours).toBe(210);
    expect(e.parts.map((p) => [p.start, p.end, p.fullTimeDays])).toEqual([
      ['2026-04-01', '2026-09-30', 27],
      ['2026-10-01', '2027-03-31', 29],
    ]);
  });

  it('counts the service held on the year’s first day under from-next-leave-year: 202.5 h', () => {
    expect(leaveEntitlement(person, year2026, withRule('from-next-leave-year')).annualLeaveHours).toBe(202.5);
  });

  it('gives the whole year the step reached by its last day under whole-leave-year: 217.5 h', () => {
    expect(leaveEntitlement(person, year2026, withRule('whole-leave-year')).annualLeaveHours).toBe(217.5);
  });

  it('reaches the 10-year step the same way: service from 1 Jan 2017, 10 years on 1 Jan 2027 (90 days left) → 217.5 × 275/365 + 247.5 × 90/365 = 224.9 → 225 h', () => {
    expect(leaveEntitlement({ contractedHoursPerWeek: 37.5, nhsServiceStartDate: '2017-01-01' }, year2026).annualLeaveHours).toBe(225);
  });

  it('always lands between the other two rules', () => {
    const starts = fc.integer({ min: 0, max: 6000 }).map((n) => addDays('2010-01-01', n));
    fc.assert(
      fc.property(starts, fc.constantFrom(15, 22.5, 37.5), (nhsServiceStartDate, hours) => {
        const holder = { contractedHoursPerWeek: hours, nhsServiceStartDate, employmentStartDate: '2020-01-01' };
        const proRata = leaveEntitlement(holder, year2026).annualLeaveHours;
        expect(proRata).toBeGreaterThanOrEqual(leaveEntitlement(holder, year2026, withRule('from-next-leave-year')).annualLeaveHours);
        expect(proRata).toBeLessThanOrEqual(leaveEntitlement(holder, year2026, withRule('whole-leave-year')).annualLeaveHours);
      }),
    );
  });
});
