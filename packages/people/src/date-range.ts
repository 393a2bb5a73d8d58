import { daysBetween, type IsoDate } from '@recordroom/calendar';

/** Days from `start` to `end`, both included (a leave year, a reporting month, a spell). */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

/**
 * Days in a range, both ends included.
 *
 * @example dayCount({ start: '2026-04-01', end: '2027-03-31' }) // 365
 */
export function dayCount(range: DateRange): number {
  return daysBetween(range.start, range.end) + 1;
}

/**
 * The days two ranges share, or null when they share none.
 *
 * @example intersectRanges({ start: '2026-04-01', end: '2027-03-31' }, { start: '2026-10-01', end: '2030-01-01' }) // { start: '2026-10-01', end: '2027-03-31' }
 */
export function intersectRanges(a: DateRange, b: DateRange): DateRange | null {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return start <= end ? { start, end } : null;
}
