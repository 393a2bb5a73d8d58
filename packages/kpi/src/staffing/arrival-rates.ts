import { TZDate } from '@date-fns/tz';
import { eachDate, isoWeekday, type IsoDate } from '@recordroom/calendar';
import { DEFAULT_TIME_ZONE, type Instant } from '../time/instant.js';
import { localDate } from '../time/period.js';
import { weekdayHourGrid, type WeekdayHourGrid } from './weekday-hour-grid.js';

/**
 * Mean arrivals per hour for each weekday and local hour, from requests made from `from` to
 * `to` (local dates, both included): the count in a cell over the number of those weekdays in
 * the range. On clock-change days an hour is counted as the local clock shows it.
 *
 * @example arrivalRatesByWeekdayHour(requests, { from: '2025-01-06', to: '2025-03-30' })[0][9] // Mondays 09:00-09:59
 */
export function arrivalRatesByWeekdayHour(
  requests: readonly { requestedAt: Instant }[],
  range: { from: IsoDate; to: IsoDate; timeZone?: string },
): WeekdayHourGrid {
  const timeZone = range.timeZone ?? DEFAULT_TIME_ZONE;
  const counts = weekdayHourGrid();
  for (const request of requests) {
    const date = localDate(request.requestedAt, timeZone);
    if (date < range.from || date > range.to) continue;
    const hour = new TZDate(Date.parse(request.requestedAt), timeZone).getHours();
    (counts[isoWeekday(date) - 1] as number[])[hour]! += 1;
  }
  return meanPerWeekday(counts, range);
}

/**
 * Weekday x hour counts over a date range turned into means per day: each cell over the number of
 * its weekday in `from`..`to` (both included). The divisor rule of arrivalRatesByWeekdayHour, for
 * counts made elsewhere (SQL).
 *
 * @example meanPerWeekday(countsGrid, { from: '2025-01-06', to: '2025-01-19' }) // two of each weekday: counts halved
 */
export function meanPerWeekday(counts: WeekdayHourGrid, range: { from: IsoDate; to: IsoDate }): WeekdayHourGrid {
  const weekdays = Array.from({ length: 7 }, () => 0);
  if (range.from <= range.to) for (const date of eachDate(range.from, range.to)) weekdays[isoWeekday(date) - 1]! += 1;
  return counts.map((row, d) => row.map((count) => (weekdays[d] === 0 ? 0 : count / (weekdays[d] as number))));
}
