const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** A calendar date: a yyyy-mm-dd string is a date, not an instant, so it is read and shown in UTC. */
function parseIsoDate(isoDate: string): Date | null {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The NHS.UK style for dates: "9 March 2026". */
export function formatDate(isoDate: string): string {
  const date = parseIsoDate(isoDate);
  return date ? dateFormat.format(date) : isoDate;
}

/** For tables: "9 Mar 2026". */
export function formatShortDate(isoDate: string): string {
  const date = parseIsoDate(isoDate);
  return date ? shortDateFormat.format(date) : isoDate;
}

/** An instant as the department's wall clock shows it: "9 Mar 2026, 14:05". */
export function formatDateTime(isoInstant: string): string {
  const date = new Date(isoInstant);
  return Number.isNaN(date.getTime()) ? isoInstant : dateTimeFormat.format(date);
}
