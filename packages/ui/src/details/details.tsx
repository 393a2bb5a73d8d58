import { type ReactNode } from 'react';

export interface DetailsProps {
  /** What the reader opens: "Show the figures month by month". */
  summary: ReactNode;
  children: ReactNode;
  /** Extra classes on the details element, such as `app-no-print`. */
  className?: string;
  /** Extra classes on the opened text, such as `nhsuk-table-container` around a wide table. */
  textClassName?: string;
}

/** The NHS.UK details component: a summary line that opens to show more (a chart's figures, how-to text). */
export function Details({ summary, children, className, textClassName }: DetailsProps) {
  return (
    <details className={className ? `nhsuk-details ${className}` : 'nhsuk-details'}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className={textClassName ? `nhsuk-details__text ${textClassName}` : 'nhsuk-details__text'}>{children}</div>
    </details>
  );
}
