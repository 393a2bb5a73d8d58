import { describe, expect, it } from '@jest/globals';
import { employerOnCosts } from '../on-costs/employer-on-costs.js';
import { ENGLAND, UK_EMPLOYER_TAXES } from '../nations.js';

// Employer NI from 6 April 2025: 15% above a secondary threshold of £5,000 a year, £417 a month
// (pay-and-costs.md §8.1). Band 2 in 2025/26 is £24,465 full time (§2).
const onCosts = (gross: number, period: Parameters<typeof employerOnCosts>[0]['period'], date = '2025-06-15') =>
  employerOnCosts({ gross, pensionable: gross, date, period }, ENGLAND, UK_EMPLOYER_TAXES);

describe('employer National Insurance for a part-time Band 2', () => {
  it('is nothing for 7.5 hours a week: £4,893 a year is under the £5,000 threshold', () => {
    expect(onCosts(489_300, { kind: 'year' }).nationalInsurance).toBe(0);
  });

  it('is 15% of the pay above the threshold for 15 hours a week: £9,786 a year carries £717.90', () => {
    expect(onCosts(978_600, { kind: 'year' }).nationalInsurance).toBe(71_790);
  });

  it('uses the monthly threshold in a month: £815.50 of pay carries £59.78', () => {
    // (£815.50 − £417) × 15% = £59.775, rounded half up.
    expect(onCosts(81_550, { kind: 'months', count: 1 }).nationalInsurance).toBe(5_978);
  });

  it('used the old 13.8% and £9,100 a year before 6 April 2025', () => {
    // (£9,786 − £9,100) × 13.8% = £94.668.
    expect(onCosts(978_600, { kind: 'year' }, '2025-04-05').nationalInsurance).toBe(9_467);
  });
});

describe('the on-costs of a full-time Band 2 post in 2025/26 (pay-and-costs.md §8.4)', () => {
  const costs = onCosts(2_446_500, { kind: 'year' });

  it('match the worked example line by line', () => {
    expect(costs).toMatchObject({ nationalInsurance: 291_975, pensionLocal: 351_807, apprenticeshipLevy: 12_233 });
  });

  it('show the centrally paid 9.4% of pension separately', () => {
    expect(costs.pensionCentral).toBe(229_971);
    expect(costs.pensionLocal + costs.pensionCentral).toBe(581_778); // 23.78% of £24,465 = £5,817.78
  });

  it('total the rounded lines, so a table of them adds up', () => {
    // The worked example rounds the unrounded sum (£6,560.14); the lines themselves sum to £6,560.15.
    expect(costs.totalLocal).toBe(656_015);
  });
});
