/**
 * A length of time as staff read it: '8 h 30 min', '11 h', '45 min', '0 min'. Negative lengths
 * read with a minus sign. Fractions of a minute are rounded.
 *
 * @example formatDuration(510) // '8 h 30 min'
 */
export function formatDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const total = Math.round(Math.abs(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${sign}${rest} min`;
  return rest === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${rest} min`;
}
