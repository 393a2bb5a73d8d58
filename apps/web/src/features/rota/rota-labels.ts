import type { AbsenceKind, RotaPeriodStatus } from '@recordroom/rota';
import { type TagColour } from '@recordroom/ui';

export const PERIOD_STATUS_TAGS: Readonly<Record<RotaPeriodStatus, { text: string; colour: TagColour }>> = {
  draft: { text: 'Draft', colour: 'yellow' },
  published: { text: 'Published', colour: 'green' },
  finalised: { text: 'Finalised', colour: 'grey' },
};

/** Absence kinds as short grid codes and as words (the grid shows the code, the words are read out). */
export const ABSENCE_CODES: Readonly<Record<AbsenceKind, { code: string; words: string }>> = {
  'annual-leave': { code: 'AL', words: 'Annual leave' },
  sickness: { code: 'SICK', words: 'Sickness' },
  training: { code: 'TRN', words: 'Training' },
  study: { code: 'STU', words: 'Study leave' },
  special: { code: 'SPL', words: 'Special leave' },
};

const weekdayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });
const dayMonthFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "Sat" for a yyyy-mm-dd date. */
export function weekdayName(date: string): string {
  return weekdayFormat.format(new Date(`${date}T00:00:00Z`));
}

/** "Sat 29 Aug" for a yyyy-mm-dd date. */
export function dayAndMonth(date: string): string {
  return dayMonthFormat.format(new Date(`${date}T00:00:00Z`));
}
