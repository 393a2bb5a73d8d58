import { type AfcBand, bandRank } from '@recordroom/people';
import { type Pence } from '../money/pence.js';
import { type EmployerTaxes } from '../on-costs/employer-taxes.js';
import { type NationPayRules } from '../tables/nation-pay-rules.js';
import { type FinancialYear } from './financial-year.js';
import { fullYearPostCost, type Post } from './post-cost.js';

/** The full-year cost of the posts on one band, split into pay and each on-cost. */
export interface BandCost {
  band: AfcBand;
  wte: number;
  basic: Pence;
  nationalInsurance: Pence;
  pensionLocal: Pence;
  apprenticeshipLevy: Pence;
  /** basic + the on-costs the trust carries (as fullYearPostCost's total). */
  total: Pence;
}

/**
 * The full-year cost of posts by band, each line the sum of fullYearPostCost over the band's
 * posts, so the bands' totals add up to the establishment's in-post cost (summariseEstablishment)
 * for the same posts. Bands in pay order; bands with no post are left out.
 *
 * @example costByBand([{ band: '3', payPoint: 1, wte: 1 }], '2026/27', ENGLAND, UK_EMPLOYER_TAXES)[0].total // 3_270_709
 */
export function costByBand(posts: readonly Post[], year: FinancialYear, rules: NationPayRules, taxes: EmployerTaxes, payAwardBasisPoints = 0): BandCost[] {
  const bands = new Map<AfcBand, { wte: number; basic: Pence; nationalInsurance: Pence; pensionLocal: Pence; apprenticeshipLevy: Pence; total: Pence }>();
  for (const post of posts) {
    const cost = fullYearPostCost(post, year, rules, taxes, payAwardBasisPoints);
    let line = bands.get(post.band);
    if (!line) bands.set(post.band, (line = { wte: 0, basic: 0, nationalInsurance: 0, pensionLocal: 0, apprenticeshipLevy: 0, total: 0 }));
    // WTE in hundredths, so 0.01 never drifts.
    line.wte += Math.round(post.wte * 100);
    line.basic += cost.basic;
    line.nationalInsurance += cost.onCosts.nationalInsurance;
    line.pensionLocal += cost.onCosts.pensionLocal;
    line.apprenticeshipLevy += cost.onCosts.apprenticeshipLevy;
    line.total += cost.total;
  }
  return [...bands.entries()]
    .sort(([a], [b]) => bandRank(a) - bandRank(b))
    .map(([band, line]) => ({ band, ...line, wte: line.wte / 100 }));
}
