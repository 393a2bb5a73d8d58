import type { DemandHourDto, DemandVsStaffingDto } from '@recordroom/contracts';
import { formatKpiValue, formatPeriod } from '@recordroom/ui';
import { formatNumber } from '../../../format/format-number';
import { PRIORITY_LABELS, WEEKDAY_NAMES } from '../kpi-vocabulary';
import { understaffedHoursInWords } from '../understaffed-hours';

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

function cellDescription(weekday: string, hour: DemandHourDto): string {
  const base = `${weekday} ${hourLabel(hour.hour)}: ${formatNumber(hour.arrivalsPerHour, 1)} requests an hour`;
  switch (hour.status) {
    case 'covered':
      return `${base}, ${hour.staffNeeded ?? 0} staff needed, ${hour.planned} planned`;
    case 'under-staffed':
      return `${base}, ${hour.staffNeeded ?? 0} staff needed, ${hour.planned} planned: under-staffed by ${hour.shortfall ?? 0}`;
    case 'unattainable':
      return `${base}: the target cannot be met at any staffing; ${hour.planned} planned`;
  }
}

/** What a cell shows: needed and planned, and in words what is wrong, so colour is never the only sign. */
function Cell({ weekday, hour }: { weekday: string; hour: DemandHourDto }) {
  const className = hour.status === 'under-staffed' ? 'app-heatmap__under' : hour.status === 'unattainable' ? 'app-heatmap__unattainable' : '';
  return (
    <td className={`nhsuk-table__cell ${className}`} title={cellDescription(weekday, hour)} data-status={hour.status}>
      <span aria-hidden="true">
        <span className="app-heatmap__figures">
          {hour.staffNeeded ?? '–'}/{hour.planned}
        </span>
        {hour.status === 'under-staffed' && <span className="app-heatmap__note">short {hour.shortfall}</span>}
        {hour.status === 'unattainable' && <span className="app-heatmap__note">target unmet</span>}
      </span>
      <span className="nhsuk-u-visually-hidden">{cellDescription(weekday, hour)}</span>
    </td>
  );
}

/**
 * Staff needed (Erlang C, from request arrivals) against staff planned on published rotas, by
 * weekday and hour: each cell "needed/planned", an under-staffed hour outlined in orange and
 * marked "short n", and the under-staffed hours listed in words above the grid. Hours with no
 * demand and no one planned on any day are left out at both ends of the day.
 */
export function DemandStaffingHeatmap({ data }: { data: DemandVsStaffingDto }) {
  const busy = data.hours.filter((hour) => hour.arrivalsPerHour > 0 || hour.planned > 0).map((hour) => hour.hour);
  if (busy.length === 0) return <p>No requests arrived and no one was planned on duty in this period.</p>;
  const first = Math.min(...busy);
  const last = Math.max(...busy);
  const hours = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  const cell = new Map(data.hours.map((hour) => [`${hour.weekday}:${hour.hour}`, hour]));
  const short = understaffedHoursInWords(data.hours);
  const underStaffed = data.hours.filter((hour) => hour.status === 'under-staffed').length;
  // "emergency (A&E)", "clinic pull": lower case inside a sentence, the abbreviation kept.
  const priority = PRIORITY_LABELS[data.priority].replace(/^\w/, (letter) => letter.toLowerCase());

  return (
    <>
      <p data-testid="demand-assumptions">
        {formatPeriod(data.from)} to {formatPeriod(data.to)}: the average {priority} requests in each hour of the week, and the staff needed
        so that {formatKpiValue(data.serviceLevel * 100, 'percent')} of them are started within {formatKpiValue(data.targetMinutes, 'minutes')} (the
        retrieval target, a local default), taking {formatKpiValue(data.handlingMinutes, 'minutes')} of a person’s time each (a local
        estimate). Planned is everyone on duty in the published rotas that hour.
      </p>
      {short.length === 0 ? (
        <p>
          <strong>No hour is under-staffed.</strong>
        </p>
      ) : (
        <div className="nhsuk-inset-text" data-testid="understaffed-hours">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            <strong>
              {underStaffed} {underStaffed === 1 ? 'hour' : 'hours'} a week {underStaffed === 1 ? 'is' : 'are'} under-staffed:
            </strong>
          </p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {short.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="nhsuk-body-s">
        Each cell reads <strong>staff needed/staff planned</strong>. An under-staffed hour is outlined in orange and says how many people short it
        is.
      </p>
      <div className="nhsuk-table-container" role="region" aria-labelledby="heatmap-caption" tabIndex={0}>
        <table className="nhsuk-table app-heatmap">
          <caption id="heatmap-caption" className="nhsuk-table__caption nhsuk-table__caption--s">
            Staff needed and planned for {priority} requests, by weekday and hour
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                <span className="nhsuk-u-visually-hidden">Weekday</span>
              </th>
              {hours.map((hour) => (
                <th key={hour} scope="col" className="nhsuk-table__header">
                  <span aria-hidden="true">{String(hour).padStart(2, '0')}</span>
                  <span className="nhsuk-u-visually-hidden">{hourLabel(hour)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {WEEKDAY_NAMES.map((weekday, index) => (
              <tr key={weekday} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__cell app-heatmap__day">
                  <span aria-hidden="true">{weekday.slice(0, 3)}</span>
                  <span className="nhsuk-u-visually-hidden">{weekday}</span>
                </th>
                {hours.map((hourOfDay) => {
                  const hour = cell.get(`${index + 1}:${hourOfDay}`);
                  return hour ? <Cell key={hourOfDay} weekday={weekday} hour={hour} /> : <td key={hourOfDay} className="nhsuk-table__cell" />;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
