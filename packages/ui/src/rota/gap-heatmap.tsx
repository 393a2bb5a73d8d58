import { type ReactNode } from 'react';
import { type RotaGridDayMarker } from './rota-grid.js';

/** How bad a heatmap cell is, worst first. Each level has a colour and a legend word. */
export const HEAT_LEVELS = ['severe', 'warning', 'mild', 'ok', 'over', 'none'] as const;
export type HeatLevel = (typeof HEAT_LEVELS)[number];

export interface HeatmapColumn {
  key: string;
  heading: ReactNode;
  marker?: RotaGridDayMarker;
}

export interface HeatmapCell {
  level: HeatLevel;
  /** Short visible text, e.g. "−1"; empty for a cell with nothing to say. */
  text: string;
  /** The cell in words for screen readers and on hover, e.g. "1 short of the minimum". */
  description: string;
}

export interface HeatmapRow {
  key: string;
  heading: ReactNode;
  cells: readonly HeatmapCell[];
  /** Optional row total, shown in a last column headed totalHeading. */
  total?: ReactNode;
}

export interface GapHeatmapProps {
  caption: ReactNode;
  cornerHeading: ReactNode;
  columns: readonly HeatmapColumn[];
  rows: readonly HeatmapRow[];
  /** What each level means, shown as a legend under the table (levels not listed are left out). */
  legend: readonly { level: HeatLevel; label: string }[];
  totalHeading?: ReactNode;
  /** A last row of column totals. */
  columnTotals?: readonly ReactNode[];
  label: string;
}

/**
 * A heatmap of rows x dates as a table: each cell coloured by its level and carrying text and a
 * description, so the colour is never the only cue. Data-agnostic: gaps in cover, absence, load.
 */
export function GapHeatmap({ caption, cornerHeading, columns, rows, legend, totalHeading, columnTotals, label }: GapHeatmapProps) {
  const hasTotals = rows.some((row) => row.total !== undefined);
  return (
    <>
      <div className="rr-rota-grid rr-heatmap" role="region" aria-label={label} tabIndex={0}>
        <table className="rr-rota-grid__table">
          <caption className="rr-rota-grid__caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="rr-rota-grid__corner">
                {cornerHeading}
              </th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className={`rr-rota-grid__day${column.marker ? ` rr-rota-grid__day--${column.marker}` : ''}`}>
                  {column.heading}
                </th>
              ))}
              {hasTotals && <th scope="col">{totalHeading ?? 'Total'}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="rr-rota-grid__heading">
                  {row.heading}
                </th>
                {row.cells.map((cell, index) => (
                  <td key={columns[index]?.key ?? index} className={`rr-heatmap__cell rr-heatmap__cell--${cell.level}`} title={cell.description}>
                    <span aria-hidden="true">{cell.text}</span>
                    <span className="nhsuk-u-visually-hidden">{cell.description}</span>
                  </td>
                ))}
                {hasTotals && <td className="rr-heatmap__total">{row.total}</td>}
              </tr>
            ))}
          </tbody>
          {columnTotals && (
            <tfoot>
              <tr>
                <th scope="row" className="rr-rota-grid__heading">
                  {totalHeading ?? 'Total'}
                </th>
                {columnTotals.map((total, index) => (
                  <td key={columns[index]?.key ?? index} className="rr-heatmap__total">
                    {total}
                  </td>
                ))}
                {hasTotals && <td />}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <ul className="rr-heatmap__legend" aria-label="Key">
        {legend.map(({ level, label: text }) => (
          <li key={level}>
            <span className={`rr-heatmap__swatch rr-heatmap__cell--${level}`} aria-hidden="true" />
            {text}
          </li>
        ))}
      </ul>
    </>
  );
}
