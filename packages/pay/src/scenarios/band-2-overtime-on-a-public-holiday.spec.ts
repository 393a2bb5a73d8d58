import { describe, expect, it } from '@jest/globals';
import { costPersonShifts, sumShiftPay } from '../cost/cost-person-shifts.js';
import { payTermsResolver } from '../cost/pay-terms.js';
import { ENGLAND, englandTimeBands } from '../nations.js';
import { aShift } from '../test-support/shifts.js';

// Band 2 in 2025/26: £24,465, £12.5115 an hour (pay-and-costs.md §2, ÷ 1,955.4). Christmas Day
// and Boxing Day 2025 are bank holidays. Ordinary hours on them carry the higher unsocial rate
// (+83% for Band 2, §5); overtime on a public holiday is double time instead, with no
// enhancement on top (§6); overtime on other days, Saturdays included, is time and a half.
const context = { rules: ENGLAND, calendar: englandTimeBands(), termsOn: payTermsResolver(ENGLAND) };
const bandTwo = { band: '2' as const, payPoint: 1, contractedHoursPerWeek: 37.5 };
const day = (date: string) => aShift(date, '09:00', '17:00', 30); // 7.5 h paid
const long = (date: string) => aShift(date, '07:00', '20:00', 30); // 12.5 h paid

describe('Band 2 overtime on a public holiday', () => {
  it('pays ordinary hours on Christmas Day with the higher enhancement, not overtime', () => {
    const costed = costPersonShifts(bandTwo, ['2025-12-22', '2025-12-23', '2025-12-24', '2025-12-25', '2025-12-26'].map(day), context);
    expect(costed.map((s) => s.minutes.overtime)).toEqual([0, 0, 0, 0, 0]);
    // 450 min = £93.84 plain time; +83% = £77.88.
    expect(costed[3]).toMatchObject({ basic: 9_384, enhancements: 7_788, overtime: 0 });
  });

  it('pays double time when the week passes 37.5 hours on Christmas Day', () => {
    // Monday to Wednesday 22-24 December: 3 × 12.5 h = 37.5 h. All of Christmas Day is overtime.
    const costed = costPersonShifts(bandTwo, ['2025-12-22', '2025-12-23', '2025-12-24', '2025-12-25'].map(long), context);
    const christmas = costed[3];
    expect(christmas?.minutes).toMatchObject({ overtime: 750, higher: 0 });
    // 750 min × £12.5115/h × 2 = £312.79.
    expect(christmas).toMatchObject({ basic: 0, enhancements: 0, overtime: 31_279 });
    expect(sumShiftPay(costed).total).toBe(costed.reduce((sum, s) => sum + s.total, 0));
  });

  it('pays time and a half for Saturday overtime, counting hours in time order through the week', () => {
    // Bank holiday Monday 4 May 2026 is worked first, so it is ordinary; Tue-Fri make 37.5 h; Saturday is overtime.
    const costed = costPersonShifts(bandTwo, ['2026-05-09', '2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07', '2026-05-08'].map(day), context);
    expect(costed[0]).toMatchObject({ overtime: 0 });
    expect(costed[0]?.minutes.higher).toBe(450);
    // 2026/27 Band 2 £25,272: 450 min at time and a half = £145.40.
    expect(costed.at(-1)).toMatchObject({ basic: 0, enhancements: 0, overtime: 14_540 });
  });
});
