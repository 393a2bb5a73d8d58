/**
 * Splits `total` whole people between groups in proportion to `weights` by the largest-remainder
 * method (ties go to the earlier group), so the parts always add up to `total` exactly.
 *
 * @example shareOut(33, [8, 10, 8, 4, 3]) // [8, 10, 8, 4, 3]
 */
export function shareOut(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!Number.isInteger(total) || total < 0 || sum <= 0) throw new RangeError(`Cannot share ${total} by ${weights.join(':')}`);
  const parts = weights.map((weight) => Math.floor((total * weight) / sum));
  const byRemainder = weights
    .map((weight, index) => ({ index, remainder: (total * weight) % sum }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
