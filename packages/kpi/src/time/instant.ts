import { TZDate } from '@date-fns/tz';

/** A moment in time as an ISO 8601 UTC string, `yyyy-mm-ddThh:mm:ss.sssZ`. */
export type Instant = string;

/** The time zone of the NHS trusts Recordroom serves; local times in exports are read in it. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
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
  // Already the canonical UTC form (what most exports and Recordroom itself write): return it as it is.
  if (CANONICAL_UTC.test(value) && realCalendarDate(value) && realClockTime(value)) return value;
  if (WITH_OFFSET.test(value)) {
    const ms = Date.parse(value);
    if (Number.isNaN(ms) || !realCalendarDate(value)) return null;
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

/** Hours 00-23, minutes and seconds 00-59 (24:00 and leap seconds take the general path). */
function realClockTime(text: string): boolean {
  return Number(text.slice(11, 13)) <= 23 && Number(text.slice(14, 16)) <= 59 && Number(text.slice(17, 19)) <= 59;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Date.parse rolls 2025-02-30 over to 2 March; reject that by checking the written date. Plain
 * arithmetic, no Date: an import checks four timestamps on each of a million lines.
 */
function realCalendarDate(text: string): boolean {
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] as number));
}

/**
 * Minutes from `from` to `to` (negative when `to` is earlier), elapsed time across clock changes.
 *
 * @example minutesBetween('2025-03-03T10:00:00.000Z', '2025-03-03T10:20:00.000Z') // 20
 */
export function minutesBetween(from: Instant, to: Instant): number {
  return (Date.parse(to) - Date.parse(from)) / 60_000;
}
