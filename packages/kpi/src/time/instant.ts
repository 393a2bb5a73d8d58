import { TZDate } from '@date-fns/tz';

/** A moment in time as an ISO 8601 UTC string, `yyyy-mm-ddThh:mm:ss.sssZ`. */
export type Instant = string;

/** The time zone of the NHS trusts Recordroom serves; local times in exports are read in it. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Reads a timestamp from an export: ISO 8601 with `Z` or an offset, or a local wall-clock time
 * `yyyy-mm-dd hh:mm[:ss]` read in `timeZone` (a tracking system's CSV usually has local times).
 * Returns null when the text is not a real timestamp (2025-02-30 10:00 is not).
 *
 * @example parseInstant('2025-07-01 09:30') // '2025-07-01T08:30:00.000Z' (BST)
 */
export function parseInstant(text: string, timeZone: string = DEFAULT_TIME_ZONE): Instant | null {
  const value = text.trim();
  if (WITH_OFFSET.test(value)) {
    const ms = Date.parse(value);
    if (Number.isNaN(ms) || !sameCalendarFields(value, ms)) return null;
    return new Date(ms).toISOString();
  }
  const local = LOCAL.exec(value);
  if (!local) return null;
  const [y, mo, d, h, mi, s] = local.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const date = new TZDate(y, mo - 1, d, h, mi, s, timeZone);
  if (Number.isNaN(date.getTime()) || date.getDate() !== d || date.getMonth() !== mo - 1) return null;
  return new Date(date.getTime()).toISOString();
}

/** Date.parse rolls 2025-02-30 over to 2 March; reject that by checking the written date. */
function sameCalendarFields(text: string, ms: number): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d && !Number.isNaN(ms);
}

/**
 * Minutes from `from` to `to` (negative when `to` is earlier), elapsed time across clock changes.
 *
 * @example minutesBetween('2025-03-03T10:00:00.000Z', '2025-03-03T10:20:00.000Z') // 20
 */
export function minutesBetween(from: Instant, to: Instant): number {
  return (Date.parse(to) - Date.parse(from)) / 60_000;
}
