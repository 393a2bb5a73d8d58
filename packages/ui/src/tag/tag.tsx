import { type ReactNode } from 'react';

/** The NHS.UK tag colours (nhsuk-frontend 10). Blue is the default tag with no modifier. */
export const TAG_COLOURS = ['white', 'grey', 'green', 'aqua-green', 'blue', 'purple', 'pink', 'red', 'orange', 'yellow'] as const;
export type TagColour = (typeof TAG_COLOURS)[number];

export interface TagProps {
  children: ReactNode;
  colour?: TagColour;
  /** NHS.UK tags have a border; set false for the borderless style. */
  border?: boolean;
}

/** A short status label, such as "Due" or "Bank". Never rely on the colour alone to carry meaning. */
export function Tag({ children, colour, border = true }: TagProps) {
  const classes = ['nhsuk-tag'];
  if (colour && colour !== 'blue') classes.push(`nhsuk-tag--${colour}`);
  if (!border) classes.push('nhsuk-tag--no-border');
  return <strong className={classes.join(' ')}>{children}</strong>;
}
