import { type RotaGridColumn, type RotaGridDayMarker } from '@recordroom/ui';
import { type PlannerDate } from '../planner-index';
import { weekdayName } from '../rota-labels';

/** A bank holiday outranks the weekend for shading; both are also said in words in the heading. */
export function markerOf(date: PlannerDate): RotaGridDayMarker {
  return date.bankHoliday ? 'holiday' : date.weekend ? 'weekend' : null;
}

/** Column headings: weekday over day of month, "BH" (read as "bank holiday") on bank holidays. */
export function dateColumns(dates: readonly PlannerDate[]): RotaGridColumn[] {
  return dates.map((date) => ({
    key: date.date,
    marker: markerOf(date),
    heading: (
      <>
        <span className="app-rota-weekday">{weekdayName(date.date)}</span>
        <br />
        {Number(date.date.slice(8, 10))}
        {date.bankHoliday && (
          <>
            <br />
            <abbr className="app-rota-holiday" title="Bank holiday">
              BH
            </abbr>
            <span className="nhsuk-u-visually-hidden"> bank holiday</span>
          </>
        )}
      </>
    ),
  }));
}
