import { type ReactNode } from 'react';

export interface SummaryListRow {
  /** Stable key for React; defaults to the key text when that is a string. */
  id?: string;
  key: ReactNode;
  value: ReactNode;
  /** Usually a "Change" link with visually hidden text naming the row. */
  action?: ReactNode;
}

export interface SummaryListProps {
  rows: SummaryListRow[];
  border?: boolean;
  /** Text for a value that is empty (null, undefined or ''). */
  emptyValue?: ReactNode;
}

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === '';
}

/** NHS.UK summary list: pairs of keys and values, such as the fields of a record. */
export function SummaryList({ rows, border = true, emptyValue = 'Not recorded' }: SummaryListProps) {
  const hasActions = rows.some((row) => row.action !== undefined);
  return (
    <dl className={`nhsuk-summary-list${border ? '' : ' nhsuk-summary-list--no-border'}`}>
      {rows.map((row, index) => (
        <div
          key={row.id ?? (typeof row.key === 'string' ? row.key : index)}
          className={`nhsuk-summary-list__row${hasActions && row.action === undefined ? ' nhsuk-summary-list__row--no-actions' : ''}`}
        >
          <dt className="nhsuk-summary-list__key">{row.key}</dt>
          <dd className="nhsuk-summary-list__value">{isEmpty(row.value) ? emptyValue : row.value}</dd>
          {row.action !== undefined && <dd className="nhsuk-summary-list__actions">{row.action}</dd>}
        </div>
      ))}
    </dl>
  );
}
