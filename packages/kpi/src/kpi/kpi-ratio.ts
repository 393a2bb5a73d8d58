/** A KPI that is a count over a count, with its value as a percentage. */
export interface KpiRatio {
  numerator: number;
  denominator: number;
  /** 100 × numerator ÷ denominator; null when the denominator is 0 (nothing to measure). */
  percent: number | null;
}

/**
 * Builds a {@link KpiRatio}; the percentage is not rounded (round only for display).
 *
 * @example ratio(49, 50) // { numerator: 49, denominator: 50, percent: 98 }
 */
export function ratio(numerator: number, denominator: number): KpiRatio {
  return { numerator, denominator, percent: denominator === 0 ? null : (100 * numerator) / denominator };
}
