/**
 * Money is integer pence, never a float (STYLE.md). Amounts inside one calculation are kept
 * exact as a numerator over a fixed denominator and rounded once, half up, to the penny.
 */
export type Pence = number;

/** £1,234.56 → 123456. Throws for fractions of a penny, negative or non-finite amounts. */
export function poundsToPence(pounds: number): Pence {
  const pence = Math.round(pounds * 100);
  if (!Number.isFinite(pounds) || pounds < 0 || Math.abs(pence - pounds * 100) > 1e-6) {
    throw new RangeError(`Not an amount of money in pounds and pence: ${String(pounds)}`);
  }
  return pence;
}

/**
 * numerator / denominator rounded half up to a whole number: the one rounding step of every
 * pay calculation. Both must be non-negative safe integers.
 *
 * @example roundHalfUp(5, 2) // 3
 */
export function roundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0 || denominator <= 0) {
    throw new RangeError(`Cannot round ${String(numerator)}/${String(denominator)} exactly`);
  }
  const whole = Math.floor(numerator / denominator);
  const remainder = numerator - whole * denominator;
  return remainder * 2 >= denominator ? whole + 1 : whole;
}

/** 123456 → "£1,234.56"; negative amounts (savings in a what-if) as "−£12.00". */
export function formatPence(pence: Pence): string {
  const sign = pence < 0 ? '−' : '';
  const abs = Math.abs(pence);
  const pounds = Math.floor(abs / 100).toLocaleString('en-GB');
  return `${sign}£${pounds}.${String(abs % 100).padStart(2, '0')}`;
}

/** A share of an amount: `pence × numerator / denominator`, rounded half up (e.g. 15% NI). */
export function share(pence: Pence, numerator: number, denominator: number): Pence {
  if (pence < 0) return -roundHalfUp(-pence * numerator, denominator);
  return roundHalfUp(pence * numerator, denominator);
}
