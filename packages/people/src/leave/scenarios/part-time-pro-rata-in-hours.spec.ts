import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { leaveEntitlement } from '../leave-entitlement.js';

const year2025 = { start: '2025-04-01', end: '2026-03-31' }; // 8 bank holidays

describe('scenario: part-time entitlement pro-rata in hours', () => {
  it('gives 22.5 h a week (0.6 FTE) under 5 years 121.5 h + 36 h (working-time.md §3 worked example)', () => {
    const e = leaveEntitlement({ contractedHoursPerWeek: 22.5, nhsServiceStartDate: '2024-09-01' }, year2025);
    expect([e.annualLeaveHours, e.publicHolidayHours, e.totalHours]).toEqual([121.5, 36, 157.5]);
  });

  it('gives 30 h a week after 10 years 33 × 7.5 × 0.8 = 198 h + 8 × 7.5 × 0.8 = 48 h', () => {
    const e = leaveEntitlement({ contractedHoursPerWeek: 30, nhsServiceStartDate: '2012-02-01' }, year2025);
    expect([e.annualLeaveHours, e.publicHolidayHours]).toEqual([198, 48]);
  });

  it('rounds once to the nearest half hour: 16 h a week, 27 × 16 ÷ 5 = 86.4 h → 86.5 h; 8 × 16 ÷ 5 = 25.6 h → 25.5 h', () => {
    const e = leaveEntitlement({ contractedHoursPerWeek: 16, nhsServiceStartDate: '2024-09-01' }, year2025);
    expect([e.annualLeaveHours, e.publicHolidayHours]).toEqual([86.5, 25.5]);
  });

  it('never gives fewer hours for more contracted hours, nor more than a full-timer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 75 }), fc.integer({ min: 0, max: 75 }), (a, b) => {
        const [low, high] = [Math.min(a, b) / 2, Math.max(a, b) / 2]; // 0 to 37.5 in half hours
        const of = (hours: number) => leaveEntitlement({ contractedHoursPerWeek: hours, nhsServiceStartDate: '2024-09-01' }, year2025).totalHours;
        expect(of(low)).toBeLessThanOrEqual(of(high));
        expect(of(high)).toBeLessThanOrEqual(262.5);
        expect(of(low)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
