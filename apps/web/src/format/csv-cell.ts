/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, and a leading quote
 * on text a spreadsheet would run as a formula (=, +, -, @, tab, carriage return).
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
