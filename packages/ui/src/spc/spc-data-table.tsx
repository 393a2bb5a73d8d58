import type { KpiUnit, SpcResult } from '@recordroom/kpi';
import { formatKpiValue, formatPeriod } from '../kpi-format/format-kpi-value.js';
import { POINT_TYPE_DESCRIPTIONS } from './icon-descriptions.js';
import { rebasePeriods } from './spc-chart-rows.js';

export interface SpcDataTableProps {
  caption: string;
  spc: SpcResult;
  unit: KpiUnit;
  /** Visually hidden by default: the chart's alternative for screen reader users. */
  visuallyHidden?: boolean;
  formatPeriodLabel?: (period: string) => string;
}

/**
 * Every point of an SPC chart as a table: period, value, its segment's mean and process limits,
 * and whether it is a special cause (by which rule). The chart's text alternative, and its print
 * appendix when shown.
 */
export function SpcDataTable({ caption, spc, unit, visuallyHidden = true, formatPeriodLabel = formatPeriod }: SpcDataTableProps) {
  const limit = (value: number | null) => (value === null ? 'Not enough points' : formatKpiValue(value, unit));
  const rebased = new Set(rebasePeriods(spc));
  return (
    <div className={visuallyHidden ? 'nhsuk-u-visually-hidden' : 'nhsuk-table-container'}>
      <table className="nhsuk-table nhsuk-table--compact">
        <caption className={visuallyHidden ? undefined : 'nhsuk-table__caption nhsuk-table__caption--s'}>{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Period</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Value</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Mean</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Lower process limit</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Upper process limit</th>
            <th scope="col" className="nhsuk-table__header">Variation</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {spc.points.map((point) => (
            <tr key={point.period} className="nhsuk-table__row">
              <th scope="row" className="nhsuk-table__cell">
                {formatPeriodLabel(point.period)}
                {rebased.has(point.period) ? ' (limits recalculated from here)' : ''}
              </th>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatKpiValue(point.value, unit)}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatKpiValue(point.mean, unit)}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{limit(point.lpl)}</td>
              <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{limit(point.upl)}</td>
              <td className="nhsuk-table__cell">
                {POINT_TYPE_DESCRIPTIONS[point.pointType]}
                {point.specialCause ? ` (${point.specialCause.label})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
