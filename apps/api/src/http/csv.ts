/**
 * One CSV record (RFC 4180): fields with commas, quotes or line breaks are quoted. A text field a
 * spreadsheet would run as a formula (starting = + - @ or a tab) gets a leading apostrophe, so an
 * export opened in Excel cannot execute anything (OWASP "CSV injection").
 */
export function csvRecord(fields: readonly (string | number | boolean | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
