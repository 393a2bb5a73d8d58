/**
 * Continuous percentile with exactly the definition of PostgreSQL's
 * `percentile_cont(p) WITHIN GROUP (ORDER BY x)` (src/backend/utils/adt/orderedsetaggs.c:
 * rows `floor(p·(n−1))` and `ceil(p·(n−1))` of the sorted values, then `lo + f·(hi − lo)`), so a
 * SQL aggregate can be checked against it value for value. Returns null for no values, as SQL
 * does, and throws for p outside [0, 1] as PostgreSQL does.
 *
 * @example percentileCont([10, 20, 30, 40], 0.9) // 37 (row 2.7 of 0..3)
 */
export function percentileCont(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile value ${p} is not between 0 and 1`);
  for (const v of values) {
    if (!Number.isFinite(v)) throw new RangeError(`percentileCont needs finite values, got ${v}`);
  }
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const firstRow = Math.floor(position);
  const secondRow = Math.ceil(position);
  const lo = sorted[firstRow] as number;
  if (firstRow === secondRow) return lo;
  const hi = sorted[secondRow] as number;
  const proportion = position - firstRow;
  return lo + proportion * (hi - lo);
}

/**
 * Median as PostgreSQL `percentile_cont(0.5)`: the middle value, or the mean of the two middle
 * values.
 *
 * @example median([4, 1, 3, 2]) // 2.5
 */
export function median(values: readonly number[]): number | null {
  return percentileCont(values, 0.5);
}
