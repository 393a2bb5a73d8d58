import { type ReactNode } from 'react';

export interface KeyFigureProps {
  /** What the figure counts, e.g. "Whole-time equivalent". */
  label: string;
  /** The figure, already formatted by the caller (this component never calculates). */
  value: ReactNode;
  /** A line under the figure: its definition, unit or comparison. */
  description?: ReactNode;
  /** Heading level of the label, to fit the page's outline. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * A headline number on an NHS.UK card: the label as a heading (so screen reader users can move
 * between figures), the value large, and an optional definition underneath.
 */
export function KeyFigure({ label, value, description, headingLevel = 3 }: KeyFigureProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <Heading className="nhsuk-card__heading nhsuk-heading-xs nhsuk-u-margin-bottom-2">{label}</Heading>
        <p className="nhsuk-heading-xl nhsuk-u-margin-bottom-1">{value}</p>
        {description !== undefined && <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-0">{description}</p>}
      </div>
    </div>
  );
}
