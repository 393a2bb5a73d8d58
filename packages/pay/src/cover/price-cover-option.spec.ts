import { describe, expect, it } from '@jest/globals';
import { payTermsResolver } from '../cost/pay-terms.js';
import { ENGLAND, englandTimeBands, UK_EMPLOYER_TAXES } from '../nations.js';
import { aShift } from '../test-support/shifts.js';
import { priceCoverOption } from './price-cover-option.js';

// The cover options for one Wednesday A&E evening, 14 January 2026, 16:00-00:30 with 30 minutes' break
// (8 h paid: 4 h plain, 3 h 30 min and 30 min in the 20:00-06:00 window at +35% for Band 3).
const context = {
  rules: ENGLAND,
  calendar: englandTimeBands(),
  termsOn: payTermsResolver(ENGLAND),
  taxes: UK_EMPLOYER_TAXES,
  agencyRates: new Map([['3', 2_850]] as const), // £28.50 an hour: an example rate card
};
const evening = aShift('2026-01-14', '16:00', '00:30', 30);
const bandThree = { band: '3' as const, payPoint: 1, contractedHoursPerWeek: 37.5 };
const day = (date: string) => aShift(date, '09:00', '17:00', 30);

describe('the price of each way to cover a shift', () => {
  it('prices a full-timer with hours to spare at plain time', () => {
    const price = priceCoverOption(evening, { kind: 'staff', position: bandThree, otherShiftsThatWeek: [day('2026-01-12')] }, context);
    expect(price.basis).toBe('plain time');
    expect(price.pay).toBe(10_202 + 1_785); // 480 min £102.02 plain + 240 min at +35% £17.85
    // NI 15% + pension 14.38% + levy 0.5% of the pay, each rounded.
    expect(price.onCosts).toBe(1_798 + 1_724 + 60);
  });

  it('prices a part-timer under 37.5 hours as additional hours at plain time', () => {
    const price = priceCoverOption(evening, { kind: 'staff', position: { ...bandThree, contractedHoursPerWeek: 15 }, otherShiftsThatWeek: [day('2026-01-12'), day('2026-01-13')] }, context);
    expect(price.basis).toBe('additional hours at plain time');
    expect(price.pay).toBe(11_987);
  });

  it('prices a full-timer whose week is full as overtime at time and a half, with no enhancement', () => {
    const full = ['2026-01-12', '2026-01-13', '2026-01-15', '2026-01-16', '2026-01-17'].map(day);
    const price = priceCoverOption(evening, { kind: 'staff', position: bandThree, otherShiftsThatWeek: full }, context);
    expect(price.basis).toBe('overtime');
    // Hours count in time order, so the Wednesday evening is ordinary time and pushes the week
    // past 37.5 h on Friday: Friday's last 30 minutes and all of Saturday become overtime, and
    // Saturday loses its +35%. The week goes from £511.73 to £649.12: the shift adds £137.39.
    expect(price.pay).toBe(13_739);
  });

  it('prices a bank worker at their band with enhancements, and an agency by the rate card', () => {
    expect(priceCoverOption(evening, { kind: 'bank', position: bandThree }, context)).toMatchObject({ basis: 'bank', pay: 11_987 });
    expect(priceCoverOption(evening, { kind: 'agency', band: '3' }, context)).toEqual({ basis: 'agency', pay: 22_800, onCosts: 0, pence: 22_800 });
  });
});
