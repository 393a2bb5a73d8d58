/**
 * Whole pence from the API as pounds for reading: 123456 → "£1,234.56", −500 → "−£5.00"; with
 * `wholePounds`, rounded to the pound for charts' axes and headline figures ("£1,235"). Integer
 * arithmetic only: the API's pence are exact, and so is what is shown.
 */
export function formatPence(pence: number, options: { wholePounds?: boolean } = {}): string {
  const sign = pence < 0 ? '−' : '';
  const abs = Math.abs(pence);
  if (options.wholePounds) return `${sign}£${Math.round(abs / 100).toLocaleString('en-GB')}`;
  return `${sign}£${Math.floor(abs / 100).toLocaleString('en-GB')}.${String(abs % 100).padStart(2, '0')}`;
}

/** A difference with its sign said: "+£2,725.59", "−£12.00", "no change". */
export function formatPenceChange(pence: number): string {
  if (pence === 0) return 'no change';
  return pence > 0 ? `+${formatPence(pence)}` : formatPence(pence);
}
