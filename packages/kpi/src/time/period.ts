import { TZDate } from '@date-fns/tz';
import { addDays, isoWeekday, type IsoDate } from '@recordroom/calendar';
import { DEFAULT_TIME_ZONE, type Instant } from './instant.js';

/** How KPI values are bucketed: ISO weeks (starting Monday) or calendar months. */
export const PERIOD_GRANULARITIES = ['week', 'month'] as const;
export type PeriodGranularity = (typeof PERIOD_GRANULARITIES)[number];

/**
 * The first day of the week (Monday) or month that holds `date`.
 *
 * @example periodStartOfDate('2025-03-13', 'week') // '2025-03-10'
 */
export function periodStartOfDate(date: IsoDate, granularity: PeriodGranularity): IsoDate {
  switch (granularity) {
    case 'week':
      return addDays(date, 1 - isoWeekday(date));
    case 'month':
      return `${date.slice(0, 8)}01`;
  }
}

/**
 * The local calendar date of an instant in `timeZone`.
 *
 * @example localDate('2025-03-31T23:30:00.000Z') // '2025-04-01' (00:30 BST)
 */
export function localDate(instant: Instant, timeZone: string = DEFAULT_TIME_ZONE): IsoDate {
  const local = new TZDate(Date.parse(instant), timeZone);
  const month = String(local.getMonth() + 1).padStart(2, '0');
  const day = String(local.getDate()).padStart(2, '0');
  return `${local.getFullYear()}-${month}-${day}`;
}

/**
 * The period an event belongs to, by its local date in `timeZone` (a request at 00:30 BST on
 * 1 April is an April request). The SQL equivalent is
 * `date_trunc('week' | 'month', requested_at AT TIME ZONE 'Europe/London')::date`.
 *
 * @example periodStart('2025-03-31T23:30:00.000Z', 'month') // '2025-04-01'
 */
export function periodStart(
  instant: Instant,
  granularity: PeriodGranularity,
  timeZone: string = DEFAULT_TIME_ZONE,
): IsoDate {
  return periodStartOfDate(localDate(instant, timeZone), granularity);
}
