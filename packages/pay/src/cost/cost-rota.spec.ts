import { describe, expect, it } from '@jest/globals';
import { ENGLAND, englandTimeBands, UK_EMPLOYER_TAXES } from '../nations.js';
import { employerOnCosts } from '../on-costs/employer-on-costs.js';
import { aShift } from '../test-support/shifts.js';
import { costRota } from './cost-rota.js';
import { payTermsResolver } from './pay-terms.js';

// A four-week rota in January 2026: Band 3 top point (2025/26 £26,598, pay-and-costs.md §2).
const context = { rules: ENGLAND, calendar: englandTimeBands(), termsOn: payTermsResolver(ENGLAND), taxes: UK_EMPLOYER_TAXES };
const people = new Map([
  ['ann', { band: '3' as const, payPoint: 2, contractedHoursPerWeek: 37.5 }],
  ['bob', { band: '4' as const, payPoint: 2, contractedHoursPerWeek: 37.5 }],
]);
const shifts = [{ ...aShift('2026-01-12', '09:00', '17:00', 30), staffId: 'ann' }];
const input = { people, shifts, onCostDate: '2026-01-05', period: { kind: 'weeks' as const, count: 4 } };

describe('the cost of a rota with on-call pay', () => {
  it('adds a person’s on-call pay to their pay, and their on-costs are those of the whole', () => {
    const withoutOnCall = costRota(input, context);
    const withOnCall = costRota({ ...input, onCall: new Map([['ann', 13_883]]) }, context);
    const ann = withOnCall.people.find((p) => p.staffId === 'ann');
    const before = withoutOnCall.people.find((p) => p.staffId === 'ann');
    expect(ann?.onCall).toBe(13_883);
    expect(ann?.pay).toBe((before?.pay ?? 0) + 13_883);
    // Liable to NI and the levy, not pensionable by default.
    expect(ann?.onCosts).toEqual(
      employerOnCosts({ gross: (before?.pay ?? 0) + 13_883, pensionable: before?.pay ?? 0, date: '2026-01-05', period: { kind: 'weeks', count: 4 } }, ENGLAND, UK_EMPLOYER_TAXES),
    );
    expect(withOnCall.onCall).toBe(13_883);
    expect(withOnCall.pay).toBe(withOnCall.basic + withOnCall.enhancements + withOnCall.overtime + withOnCall.onCall);
  });

  it('costs someone who is on call with no worked shift, and counts on-call pay as pensionable when the policy says so', () => {
    const rota = costRota({ ...input, onCall: new Map([['bob', 10_000]]) }, { ...context, pensionable: { enhancements: true, overtime: false, onCall: true } });
    const bob = rota.people.find((p) => p.staffId === 'bob');
    expect(bob).toMatchObject({ basic: 0, onCall: 10_000, pay: 10_000, shifts: [] });
    // 14.38% of £100 locally; NI is nil: £100 is under four weeks' threshold (4 × £96).
    expect(bob?.onCosts).toMatchObject({ nationalInsurance: 0, pensionLocal: 1_438, apprenticeshipLevy: 50 });
    expect(rota.total).toBe(rota.people.reduce((sum, p) => sum + p.total, 0));
  });

  it('refuses on-call pay for someone who is not among the people costed', () => {
    expect(() => costRota({ ...input, onCall: new Map([['nobody', 100]]) }, context)).toThrow('On-call pay belongs to nobody');
  });
});
