const formats = new Map<number, Intl.NumberFormat>();

/**
 * A figure as the API gave it, for reading: grouped thousands, at most `maximumFractionDigits`
 * decimals, trailing zeros dropped ("31.47", "12", "1,204"). Formatting only; never rounding
 * that changes meaning (the API owns every figure).
 */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  let format = formats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits });
    formats.set(maximumFractionDigits, format);
  }
  return format.format(value);
}
