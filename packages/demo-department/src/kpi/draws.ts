import { type Random } from '../prng.js';

/** A standard normal draw (Box-Muller). */
function normal(random: Random): number {
  const u = 1 - random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

/** A log-normal draw with the given median and log-scale spread: skewed like real waiting times. */
export function logNormal(random: Random, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(random));
}

/** A count with mean `mean` and Poisson-like spread (normal approximation), never negative. */
export function countAround(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(random)));
}

/** Cumulative weights, for {@link pickWeighted}. */
export function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

/** An index drawn in proportion to its weight. */
export function pickWeighted(random: Random, cumulativeWeights: readonly number[]): number {
  const total = cumulativeWeights[cumulativeWeights.length - 1] ?? 0;
  const x = random.next() * total;
  let lo = 0;
  let hi = cumulativeWeights.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulativeWeights[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
