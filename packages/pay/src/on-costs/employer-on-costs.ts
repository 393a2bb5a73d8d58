import { type IsoDate } from '@recordroom/calendar';
import { type Pence, share } from '../money/pence.js';
import { inForceOn } from '../tables/dated.js';
import { type NationPayRules } from '../tables/nation-pay-rules.js';
import { PayLookupError } from '../tables/pay-rules-error.js';
import { apprenticeshipLevyOn, type EmployerTaxes, nationalInsuranceOn } from './employer-taxes.js';

/**
 * The pay period whose secondary threshold applies: payroll computes NI per period
 * (pay-and-costs.md §8.1). 'marginal' is extra pay on top of pay that is already above the
 * threshold (cover, overtime): NI at the full rate.
 */
export type ThresholdPeriod = { kind: 'year' } | { kind: 'months'; count: number } | { kind: 'weeks'; count: number } | { kind: 'marginal' };

/** Employer costs on top of pay, in pence. */
export interface EmployerOnCosts {
  nationalInsurance: Pence;
  /** The employer pension contribution the trust pays (14.38% in England since 2015, incl. the 0.08% levy). */
  pensionLocal: Pence;
  /** The part paid centrally (9.4% by NHS England from April 2024): a cost in the full economic view. */
  pensionCentral: Pence;
  apprenticeshipLevy: Pence;
  /** nationalInsurance + pensionLocal + apprenticeshipLevy: what the trust's budget carries. */
  totalLocal: Pence;
}

export interface OnCostInput {
  /** Earnings liable to NI: basic, enhancements and overtime. */
  gross: Pence;
  /** Pensionable pay (see PensionablePay). */
  pensionable: Pence;
  /** A date in the pay period: the rates in force on it apply. */
  date: IsoDate;
  period: ThresholdPeriod;
}

function thresholdFor(threshold: { annual: Pence; monthly: Pence; weekly: Pence }, period: ThresholdPeriod): Pence {
  switch (period.kind) {
    case 'year':
      return threshold.annual;
    case 'months':
      return threshold.monthly * period.count;
    case 'weeks':
      return threshold.weekly * period.count;
    case 'marginal':
      return 0;
  }
}

/**
 * Employer NI (rate × pay above the period's secondary threshold), employer pension (local and
 * central parts) and the Apprenticeship Levy (0.5% of pay; the £15,000 allowance is used at
 * trust level, so a department carries the flat rate: pay-and-costs.md §8.3). Each rounded once.
 *
 * @example employerOnCosts({ gross: 2_446_500, pensionable: 2_446_500, date: '2025-06-01', period: { kind: 'year' } }, england, taxes)
 * // { nationalInsurance: 291_975, pensionLocal: 351_807, pensionCentral: 229_971, apprenticeshipLevy: 12_233, totalLocal: 656_015 }
 */
export function employerOnCosts(input: OnCostInput, rules: NationPayRules, taxes: EmployerTaxes): EmployerOnCosts {
  if (input.gross < 0 || input.pensionable < 0) throw new RangeError('Pay cannot be negative');
  const ni = nationalInsuranceOn(taxes, input.date);
  const pension = inForceOn(rules.employerPension, input.date);
  if (!pension) throw new PayLookupError('date', `No ${rules.title} employer pension rate is loaded for ${input.date}.`);
  const levy = apprenticeshipLevyOn(taxes, input.date);
  const nationalInsurance = share(Math.max(0, input.gross - thresholdFor(ni.secondaryThreshold, input.period)), ni.rateBasisPoints, 10_000);
  const pensionLocal = share(input.pensionable, pension.totalBasisPoints - pension.centralBasisPoints, 10_000);
  const pensionCentral = share(input.pensionable, pension.centralBasisPoints, 10_000);
  const apprenticeshipLevy = share(input.gross, levy.rateBasisPoints, 10_000);
  return { nationalInsurance, pensionLocal, pensionCentral, apprenticeshipLevy, totalLocal: nationalInsurance + pensionLocal + apprenticeshipLevy };
}
