import { addDays, addMonthsClamped, isoWeekday, type IsoDate } from '@recordroom/calendar';
import { type PeriodGranularity } from '@recordroom/kpi';
import { invalidRequest } from '../http/problem.js';

export interface KpiRange {
  from: IsoDate;
  to: IsoDate;
}

/** A year of weeks is plenty for a board; five years bounds what one request may aggregate. */
const MAX_RANGE_YEARS = 5;

/**
 * The dates a KPI request covers. Without `to`, the last complete week (or month) before today,
 * so the newest point is not a part-period; without `from`, the first whole period of the twelve
 * months up to `to`.
 */
export function kpiRange(query: { from?: IsoDate | undefined; to?: IsoDate | undefined }, granularity: PeriodGranularity, today: IsoDate): KpiRange {
  const to = query.to ?? lastCompletePeriodEnd(today, granularity);
  const from = query.from ?? firstCompletePeriodStart(addDays(addMonthsClamped(to, -12), 1), granularity);
  if (from > to) throw invalidRequest([{ field: 'from', message: 'must be on or before to' }]);
  if (addMonthsClamped(from, 12 * MAX_RANGE_YEARS) < to) throw invalidRequest([{ field: 'from', message: `must be at most ${MAX_RANGE_YEARS} years before to` }]);
  return { from, to };
}

function lastCompletePeriodEnd(today: IsoDate, granularity: PeriodGranularity): IsoDate {
  switch (granularity) {
    case 'week':
      return addDays(today, -isoWeekday(today));
    case 'month':
      return addDays(`${today.slice(0, 8)}01`, -1);
  }
}

function firstCompletePeriodStart(date: IsoDate, granularity: PeriodGranularity): IsoDate {
  switch (granularity) {
    case 'week':
      return isoWeekday(date) === 1 ? date : addDays(date, 8 - isoWeekday(date));
    case 'month':
      return date.endsWith('-01') ? date : addMonthsClamped(`${date.slice(0, 8)}01`, 1);
  }
}
