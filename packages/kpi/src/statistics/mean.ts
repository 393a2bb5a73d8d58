/**
 * Arithmetic mean, with the same refinement step as R's `mean()` (a second pass adds the mean
 * residual), so a value that is exactly the mean in R is exactly the mean here: SPC treats a
 * point on the mean as breaking a run, so the last bit matters. Returns NaN for no values, as R.
 *
 * @example mean([0.1, 0.2, 0.3]) // 0.2
 */
export function mean(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  let estimate = compensatedSum(values) / n;
  if (Number.isFinite(estimate)) {
    const residuals = values.map((v) => v - estimate);
    estimate += compensatedSum(residuals) / n;
  }
  return estimate;
}

/** Neumaier summation: exact to within one rounding for any order of magnitudes. */
function compensatedSum(values: readonly number[]): number {
  let sum = 0;
  let compensation = 0;
  for (const v of values) {
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}
