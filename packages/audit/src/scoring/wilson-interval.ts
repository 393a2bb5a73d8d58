/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * The Wilson score interval for a proportion `successes / trials` (Wilson 1927), as fractions 0-1.
 * Better than the normal approximation for the small samples (10-20 records) audits use and never
 * outside [0, 1]. Null with no trials.
 *
 * @example wilsonInterval(18, 20) // { lower: 0.699, upper: 0.972 } (rounded)
 */
export function wilsonInterval(successes: number, trials: number, z: number = Z_95): Interval | null {
  if (trials === 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
