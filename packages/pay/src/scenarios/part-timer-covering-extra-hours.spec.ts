import { describe, expect, it } from '@jest/globals';
import { costPersonShifts } from '../cost/cost-person-shifts.js';
import { payTermsResolver } from '../cost/pay-terms.js';
import { ENGLAND, englandTimeBands } from '../nations.js';
import { aShift } from '../test-support/shifts.js';

// A Band 3 entry-point part-timer on 22.5 h a week (2025/26: £24,937). Extra hours up to the
// full-time 37.5 h are additional hours at plain time (plus any unsocial-hours enhancement);
// overtime starts only beyond 37.5 h (pay-and-costs.md §6, handbook para 3.3).
const context = { rules: ENGLAND, calendar: englandTimeBands(), termsOn: payTermsResolver(ENGLAND) };
const partTimer = { band: '3' as const, payPoint: 1, contractedHoursPerWeek: 22.5 };
const day = (date: string) => aShift(date, '09:00', '17:00', 30); // 7.5 h paid, weekday daytime

describe('a part-timer covering at plain time up to 37.5 hours, then overtime', () => {
  // Monday 12 to Saturday 17 January 2026: six 7.5-hour days, 45 h.
  const week = ['2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15', '2026-01-16', '2026-01-17'].map(day);
  const costed = costPersonShifts(partTimer, week, context);

  it('pays the first three days as contracted hours', () => {
    expect(costed.slice(0, 3).map((s) => [s.additionalMinutes, s.minutes.overtime])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it('pays the fourth and fifth days as additional hours at plain time', () => {
    expect(costed.slice(3, 5).map((s) => [s.additionalMinutes, s.minutes.overtime])).toEqual([
      [450, 0],
      [450, 0],
    ]);
    // 450 min at £12.7531/h = £95.65, the same as a contracted day.
    expect(costed[3]).toMatchObject({ basic: 9_565, enhancements: 0, overtime: 0 });
    expect(costed[3]?.total).toBe(costed[0]?.total);
  });

  it('pays the Saturday beyond 37.5 hours as overtime at time and a half, with no Saturday enhancement', () => {
    expect(costed[5]).toMatchObject({ additionalMinutes: 0, basic: 0, enhancements: 0, overtime: 14_347 });
    expect(costed[5]?.minutes).toMatchObject({ overtime: 450, lower: 0 });
  });

  it('splits a shift that crosses 37.5 hours: its last minutes are overtime', () => {
    const longFriday = aShift('2026-01-16', '09:00', '21:00', 0); // 12 h: 7.5 h reach 37.5, 4.5 h beyond
    const split = costPersonShifts(partTimer, [...week.slice(0, 4), longFriday], context).at(-1);
    expect(split?.additionalMinutes).toBe(450);
    expect(split?.minutes).toMatchObject({ overtime: 270, plain: 450 });
    // The overtime is 16:30-21:00, so the 20:00-21:00 hour gets overtime, not the night enhancement.
    expect(split?.enhancements).toBe(0);
  });
});
