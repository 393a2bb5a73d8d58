import { type Pence, roundHalfUp } from '../money/pence.js';

/**
 * NHS Employers' hourly rate convention: annual salary ÷ 1,955.4 hours (37.5 × 52.143 weeks),
 * pay-and-costs.md §1. Kept as tenths of an hour so every amount is an exact integer fraction.
 */
export const ANNUAL_HOURS_TENTHS = 19_554;

/**
 * Exact amounts of one calculation are integers over this denominator: pence × 10 (tenths of an
 * hour) × 60 (minutes) × 100 (percent). An amount is `annual pence × 10 × minutes × percent`.
 */
const EXACT_DENOMINATOR = ANNUAL_HOURS_TENTHS * 60 * 100;

/** `minutes` paid at `percent` of the basic hourly rate of `annualSalary`, exactly (over EXACT_DENOMINATOR). */
export function exactAmount(annualSalary: Pence, minutes: number, percent: number): number {
  return annualSalary * 10 * minutes * percent;
}

/** An exact amount rounded, once, to the penny. */
export function toPence(exact: number): Pence {
  return roundHalfUp(exact, EXACT_DENOMINATOR);
}

/**
 * The basic hourly rate in pence, rounded to the penny for display only (costs use exact amounts).
 *
 * @example hourlyRate(2_446_500) // 1251: Band 2 in 2025/26 is £12.51 an hour
 */
export function hourlyRate(annualSalary: Pence): Pence {
  return roundHalfUp(annualSalary * 10, ANNUAL_HOURS_TENTHS);
}
