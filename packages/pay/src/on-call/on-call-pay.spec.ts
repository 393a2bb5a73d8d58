import { describe, expect, it } from '@jest/globals';
import { payTermsResolver } from '../cost/pay-terms.js';
import { ENGLAND, englandTimeBands } from '../nations.js';
import { aShift } from '../test-support/shifts.js';
import { DEFAULT_ON_CALL_AGREEMENT } from './on-call-agreement.js';
import { onCallPay } from './on-call-pay.js';

// A Band 4 top-point officer (2025/26: £30,162) on call for the records service one week in four.
const context = { rules: ENGLAND, calendar: englandTimeBands(), termsOn: payTermsResolver(ENGLAND) };
const officer = { band: '4' as const, payPoint: 2, contractedHoursPerWeek: 37.5 };
const nights = ['2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15', '2026-01-16'].map((date) => aShift(date, '17:00', '09:00'));

describe('on-call pay', () => {
  it('pays availability as a percentage of basic by frequency: 1 in 4 is 6%', () => {
    // £30,162 × 6% × 4 weeks ÷ 52.143 = £138.83.
    const pay = onCallPay(officer, { sessions: nights, callOuts: [], frequencyOneIn: 4, weeks: 4 }, DEFAULT_ON_CALL_AGREEMENT, context);
    expect(pay).toEqual({ availability: 13_883, callOuts: 0, total: 13_883, callOutMinutes: 0 });
  });

  it('pays a call-out at time and a half, and double time on a bank holiday', () => {
    const weekday = aShift('2026-01-13', '02:00', '03:30');
    const bankHoliday = aShift('2026-05-25', '02:00', '03:30');
    const pay = (callOut: typeof weekday) => onCallPay(officer, { sessions: [], callOuts: [callOut], frequencyOneIn: 4, weeks: 4 }, DEFAULT_ON_CALL_AGREEMENT, context);
    // 90 min at £15.4250/h: £34.71 at 150%; 2026/27 £31,157 → £47.80 at 200%.
    expect(pay(weekday).callOuts).toBe(3_471);
    expect(pay(bankHoliday).callOuts).toBe(4_780);
  });

  it('pays at least the agreed minimum for a short call-out, and a flat rate per session when agreed', () => {
    const short = aShift('2026-01-13', '02:00', '02:10');
    const agreement = { ...DEFAULT_ON_CALL_AGREEMENT, minimumCallOutMinutes: 60, availability: { kind: 'flat-per-session' as const, pencePerSession: 2_500 } };
    const pay = onCallPay(officer, { sessions: nights, callOuts: [short], frequencyOneIn: 4, weeks: 4 }, agreement, context);
    expect(pay).toMatchObject({ availability: 12_500, callOutMinutes: 60 });
    expect(pay.callOuts).toBe(2_314); // 60 min at 150%
  });
});
