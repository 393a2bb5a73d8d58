import { describe, expect, it } from '@jest/globals';
import { costPersonShifts } from '../cost/cost-person-shifts.js';
import { hourlyRate } from '../cost/hourly-rate.js';
import { payTermsResolver } from '../cost/pay-terms.js';
import { ENGLAND, englandTimeBands } from '../nations.js';
import { aShift } from '../test-support/shifts.js';

// Band 3 top point in 2025/26 is £26,598 (pay-and-costs.md §2), £13.60 an hour (÷ 1,955.4).
// Sunday 30 November 2025 16:00 to Monday 00:30: 8 hours of Sunday (+69% for Band 3, §5), then
// 30 minutes of the weekday night window (+35%).
const context = { rules: ENGLAND, calendar: englandTimeBands(), termsOn: payTermsResolver(ENGLAND) };
const bandThreeTop = { band: '3' as const, payPoint: 2, contractedHoursPerWeek: 37.5 };

describe('Band 3 top point: the Sunday A&E evening 16:00-00:30 on 30 November 2025', () => {
  it('is paid at £13.60 an hour', () => {
    expect(hourlyRate(2_659_800)).toBe(1360);
  });

  it('costs £115.62 plain time and £77.47 of unsocial-hours enhancement', () => {
    const [shift] = costPersonShifts(bandThreeTop, [aShift('2025-11-30', '16:00', '00:30')], context);
    // 510 min × 2,659,800p ÷ 1,955.4 h ÷ 60 = 11,561.98p; (480 × 69% + 30 × 35%) of the minute rate = 7,746.53p.
    expect(shift).toMatchObject({ basic: 11_562, enhancements: 7_747, overtime: 0, total: 19_309 });
    expect(shift?.minutes).toEqual({ plain: 0, lower: 30, higher: 480, overtime: 0, timeOffInLieu: 0 });
  });

  it('takes a 30-minute unpaid break out of the middle of the shift, in Sunday time', () => {
    const [shift] = costPersonShifts(bandThreeTop, [aShift('2025-11-30', '16:00', '00:30', 30)], context);
    // 480 paid minutes: 450 on Sunday (+69%), 30 after midnight (+35%).
    expect(shift?.minutes).toMatchObject({ higher: 450, lower: 30 });
    expect(shift).toMatchObject({ basic: 10_882, enhancements: 7_277 });
  });
});
