import { Children, isValidElement, type ReactNode } from 'react';

export interface KeyFigureGroupProps {
  /** KeyFigure elements (or any cards), laid out in a row of equal columns. */
  children: ReactNode;
  columns?: 2 | 3 | 4;
}

const columnClass = { 2: 'nhsuk-grid-column-one-half', 3: 'nhsuk-grid-column-one-third', 4: 'nhsuk-grid-column-one-quarter' } as const;

/** A row of key figures as an NHS.UK card group (a list, so its size is announced). */
export function KeyFigureGroup({ children, columns = 3 }: KeyFigureGroupProps) {
  return (
    <ul className="nhsuk-grid-row nhsuk-card-group">
      {Children.toArray(children).map((child, index) => (
        <li key={isValidElement(child) ? (child.key ?? index) : index} className={`${columnClass[columns]} nhsuk-card-group__item`}>
          {child}
        </li>
      ))}
    </ul>
  );
}
