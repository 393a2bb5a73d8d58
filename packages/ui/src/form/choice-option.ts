import { type ReactNode } from 'react';

/** One checkbox or radio. */
export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/**
 * Id of the n-th (zero-based) input of a checkbox or radio group. The first takes the group's id,
 * so an error summary link to the group lands on its first input (the NHS.UK convention).
 */
export function choiceId(groupId: string, index: number): string {
  return index === 0 ? groupId : `${groupId}-${index + 1}`;
}
