import { type ReactNode } from 'react';

/** How a date column is set apart: weekends and public holidays are shaded and named. */
export type RotaGridDayMarker = 'weekend' | 'holiday' | null;

export interface RotaGridColumn {
  key: string;
  /** The column heading, e.g. "Sat 29" over "Aug"; include the marker's word in it (not colour only). */
  heading: ReactNode;
  marker?: RotaGridDayMarker;
}

export interface RotaGridProps {
  /** The table's caption: what and when. */
  caption: ReactNode;
  /** Heading of the first (sticky) column, e.g. "Staff". */
  cornerHeading: ReactNode;
  columns: readonly RotaGridColumn[];
  /** The body rows: RotaGridRow elements (wrap your own row in React.memo so unchanged rows skip rendering). */
  children: ReactNode;
  /** Rows under the body that stay in view at the bottom, e.g. a row of gaps per date. */
  footer?: ReactNode;
  /** Accessible name of the scrolling region. */
  label: string;
}

/**
 * A people x dates grid as a real table: a sticky first column of row headings (names), sticky
 * date headings, and an optional sticky footer. The region scrolls both ways and can be scrolled
 * from the keyboard; it holds 60 people x 42 days.
 */
export function RotaGrid({ caption, cornerHeading, columns, children, footer, label }: RotaGridProps) {
  return (
    <div className="rr-rota-grid" role="region" aria-label={label} tabIndex={0}>
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
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer && <tfoot className="rr-rota-grid__footer">{footer}</tfoot>}
      </table>
    </div>
  );
}

export interface RotaGridCell {
  key: string;
  content: ReactNode;
  marker?: RotaGridDayMarker;
}

export interface RotaGridRowProps {
  /** The row heading (a person): rendered as a <th scope="row"> in the sticky column. */
  heading: ReactNode;
  cells: readonly RotaGridCell[];
  /** Extra class for the row, e.g. to highlight a person. */
  className?: string;
}

/** One row of a RotaGrid: a row heading and a cell per column. */
export function RotaGridRow({ heading, cells, className }: RotaGridRowProps) {
  return (
    <tr className={className}>
      <th scope="row" className="rr-rota-grid__heading">
        {heading}
      </th>
      {cells.map((cell) => (
        <td key={cell.key} className={`rr-rota-grid__cell${cell.marker ? ` rr-rota-grid__cell--${cell.marker}` : ''}`}>
          {cell.content}
        </td>
      ))}
    </tr>
  );
}
