import { type AfcBand } from '@recordroom/people';
import { type Pence, share } from '../money/pence.js';
import { employerOnCosts, type EmployerOnCosts } from '../on-costs/employer-on-costs.js';
import { type EmployerTaxes } from '../on-costs/employer-taxes.js';
import { type NationPayRules } from '../tables/nation-pay-rules.js';
import { annualSalary, payTableOn } from '../tables/pay-table-lookup.js';
import { financialYearDates, type FinancialYear } from './financial-year.js';

/** A post or a person in post, as the budget sees it. */
export interface Post {
  band: AfcBand;
  payPoint: number;
  /** Whole-time equivalent: contracted hours ÷ 37.5. */
  wte: number;
}

export interface PostCost {
  basic: Pence;
  onCosts: EmployerOnCosts;
  /** basic + the on-costs the trust carries. */
  total: Pence;
}

/** Whole-time equivalents are held to two decimal places (0.01 WTE = 22.5 minutes a week). */
function wteHundredths(wte: number): number {
  const hundredths = Math.round(wte * 100);
  if (!(wte >= 0) || Math.abs(hundredths - wte * 100) > 1e-6) throw new RangeError(`A whole-time equivalent must be 0 or more with at most two decimals, not ${String(wte)}`);
  return hundredths;
}

/**
 * The full-year cost of a post: basic pay at its point and WTE in the year's table (optionally
 * raised by a pay award in basis points, rounded to the pound as published scales are), with
 * employer on-costs against the annual NI threshold of the person's own pay.
 *
 * @example fullYearPostCost({ band: '3', payPoint: 1, wte: 1 }, '2026/27', ENGLAND, UK_EMPLOYER_TAXES).total
 */
export function fullYearPostCost(post: Post, year: FinancialYear, rules: NationPayRules, taxes: EmployerTaxes, payAwardBasisPoints = 0): PostCost {
  const { start } = financialYearDates(year);
  const salary = annualSalary(payTableOn(rules, start), post.band, post.payPoint);
  const awarded = payAwardBasisPoints === 0 ? salary : share(salary * (10_000 + payAwardBasisPoints), 1, 10_000 * 100) * 100;
  const basic = share(awarded, wteHundredths(post.wte), 100);
  // On-costs use the rates in force for most of the year: NI's tax year starts on 6 April.
  const onCosts = employerOnCosts({ gross: basic, pensionable: basic, date: `${start.slice(0, 4)}-06-01`, period: { kind: 'year' } }, rules, taxes);
  return { basic, onCosts, total: basic + onCosts.totalLocal };
}
