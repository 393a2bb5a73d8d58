import { describe, expect, it } from '@jest/globals';
import { type EstablishmentLine, type PostHolder } from '../establishment/establishment.js';
import { fullYearPostCost } from '../establishment/post-cost.js';
import { whatIf } from '../establishment/what-if.js';
import { ENGLAND, UK_EMPLOYER_TAXES } from '../nations.js';

// 2026/27: Band 3 entry £25,760 (pay-and-costs.md §2). On-costs from 6 April 2026: NI 15% above
// £5,000 (§8.1), employer pension 14.38% locally (§8.2), Apprenticeship Levy 0.5% (§8.3).
const lines: EstablishmentLine[] = [
  { costCentre: 'HR100', band: '2', fundedWte: 3, budget: 9_500_000 },
  { costCentre: 'HR100', band: '3', fundedWte: 2, budget: 6_600_000 },
];
const holders: PostHolder[] = [
  { staffId: 'a', costCentre: 'HR100', band: '2', payPoint: 1, wte: 1 },
  { staffId: 'b', costCentre: 'HR100', band: '2', payPoint: 1, wte: 1 },
  { staffId: 'c', costCentre: 'HR100', band: '2', payPoint: 1, wte: 0.6 },
  { staffId: 'd', costCentre: 'HR100', band: '3', payPoint: 2, wte: 1 },
];
const input = { year: '2026/27', lines, holders, actuals: [], rules: ENGLAND, taxes: UK_EMPLOYER_TAXES };

describe('what if the department adds a Band 3 post', () => {
  it('costs a full-time Band 3 entry post £32,707.09 a year with on-costs', () => {
    const cost = fullYearPostCost({ band: '3', payPoint: 1, wte: 1 }, '2026/27', ENGLAND, UK_EMPLOYER_TAXES);
    expect(cost.basic).toBe(2_576_000);
    expect(cost.onCosts).toMatchObject({ nationalInsurance: 311_400, pensionLocal: 370_429, apprenticeshipLevy: 12_880 });
    expect(cost.total).toBe(3_270_709);
  });

  it('adds the whole post to the full-year cost, and half of it to the outturn when filled from October', () => {
    const result = whatIf(input, { addPosts: [{ costCentre: 'HR100', band: '3', payPoint: 1, wte: 1, fromMonth: '2026-10' }] });
    expect(result.difference.fullYearCost).toBe(3_270_709);
    // Six months (October to March) at £32,707.09 ÷ 12 = £2,725.59 a month.
    expect(result.difference.outturn).toBe(6 * 272_559);
    expect(result.difference.variance).toBe(-6 * 272_559);
    expect(result.scenario.establishment.totals.vacancyWte).toBe(result.today.establishment.totals.vacancyWte);
  });

  it('shows the vacancy the post fills against the establishment', () => {
    const { today } = whatIf(input, {});
    expect(today.establishment.rows.map((r) => [r.band, r.fundedWte, r.inPostWte, r.vacancyWte])).toEqual([
      ['2', 3, 2.6, 0.4],
      ['3', 2, 1, 1],
    ]);
    expect(today.establishment.totals.vacancyPercent).toBe(28); // 1.4 of 5 funded WTE
  });

  it('raises the cost of everyone in post by a pay award, and refuses to remove someone not in post', () => {
    // 3% on the 2026/27 scale, rounded to the pound as published scales are: Band 2 £26,030, Band 3 top £28,300.
    const award = whatIf(input, { payAwardBasisPoints: 300 });
    expect(award.today.fullYearCost).toBe(11_802_634);
    expect(award.scenario.fullYearCost).toBe(12_165_622);
    expect(() => whatIf(input, { removeStaffIds: ['nobody'] })).toThrow('nobody is not in post in this establishment');
  });
});
