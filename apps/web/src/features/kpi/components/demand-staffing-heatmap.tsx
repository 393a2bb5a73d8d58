import { formatKpiValue } from '@recordroom/ui';
import { formatNumber } from '../../../format/format-number';
import { type DemandHour, type DemandVsStaffing } from '../api/types';
import { WEEKDAY_NAMES } from '../kpi-vocabulary';

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

function cellText(hour: DemandHour): string {
  return `${hour.staffNeeded ?? '–'}/${hour.planned}`;
}

function cellDescription(weekday: string, hour: DemandHour): string {
  const base = `${weekday} ${hourLabel(hour.hour)}: ${formatNumber(hour.arrivalsPerHour, 1)} requests an hour`;
  switch (hour.status) {
    case 'covered':
      return `${base}, ${hour.staffNeeded ?? 0} staff needed, ${hour.planned} planned`;
    case 'under-staffed':
      return `${base}, ${hour.staffNeeded ?? 0} staff needed, ${hour.planned} planned: ${hour.shortfall ?? 0} short`;
    case 'unattainable':
      return `${base}: the target cannot be met at any staffing; ${hour.planned} planned`;
  }
}

/**
 * Staff needed (Erlang C, from request arrivals) against staff planned on published rotas, by
 * weekday and hour, with under-staffed hours highlighted in orange and said in words. Hours with
 * no demand and no one planned on any day are left out at both ends of the day.
 */
export function DemandStaffingHeatmap({ data }: { data: DemandVsStaffing }) {
  const busy = data.hours.filter((hour) => hour.arrivalsPerHour > 0 || hour.planned > 0).map((hour) => hour.hour);
  if (busy.length === 0) return <p>No requests arrived and no one was planned on duty in this period.</p>;
  const first = Math.min(...busy);
  const last = Math.max(...busy);
  const hours = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  const cell = new Map(data.hours.map((hour) => [`${hour.weekday}:${hour.hour}`, hour]));
  const underStaffed = data.hours.filter((hour) => hour.status === 'under-staffed').length;

  return (
    <>
      <p>
        Each cell shows <strong>staff needed / staff planned</strong> so that {formatKpiValue(data.serviceLevel * 100, 'percent')} of requests are
        started within {formatKpiValue(data.targetMinutes, 'minutes')}. {underStaffed === 0 ? 'No hour is under-staffed.' : `${underStaffed} hours a week are under-staffed (orange).`}
      </p>
      <div className="nhsuk-table-container" role="region" aria-labelledby="heatmap-caption" tabIndex={0}>
        <table className="nhsuk-table app-heatmap">
          <caption id="heatmap-caption" className="nhsuk-table__caption nhsuk-table__caption--s">
            Staff needed and planned, by weekday and hour
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                <span className="nhsuk-u-visually-hidden">Weekday</span>
              </th>
              {hours.map((hour) => (
                <th key={hour} scope="col" className="nhsuk-table__header">
                  {String(hour).padStart(2, '0')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {WEEKDAY_NAMES.map((weekday, index) => (
              <tr key={weekday} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__cell" style={{ textAlign: 'left' }}>
                  {weekday.slice(0, 3)}
                </th>
                {hours.map((hourOfDay) => {
                  const hour = cell.get(`${index + 1}:${hourOfDay}`);
                  if (!hour) return <td key={hourOfDay} className="nhsuk-table__cell" />;
                  const className =
                    hour.status === 'under-staffed' ? 'app-heatmap__under' : hour.status === 'unattainable' ? 'app-heatmap__unattainable' : '';
                  return (
                    <td key={hourOfDay} className={`nhsuk-table__cell ${className}`} title={cellDescription(weekday, hour)} data-status={hour.status}>
                      <span aria-hidden="true">{cellText(hour)}</span>
                      <span className="nhsuk-u-visually-hidden">{cellDescription(weekday, hour)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
