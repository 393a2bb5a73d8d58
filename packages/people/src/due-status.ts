import { addDays, type IsoDate } from '@recordroom/calendar';

/**
 * Days before a due date that something counts as "due soon" (training, appraisal, checks,
 * probation). No national figure: four weeks so that a monthly look at the page never misses a
 * date. A configurable default, not a rule (no source in ../shared/domain).
 */
export const DEFAULT_DUE_SOON_DAYS = 28;

/** Where a dated obligation stands on a day: due (on or after the date), due soon, or not due. */
export type DueStatus = 'due' | 'due-soon' | 'not-due';

/**
 * Whether something falling due on `dueOn` is due on `today`: due from that day on, due soon in
 * the `dueSoonDays` before it.
 *
 * @example dueStatus('2026-03-20', '2026-03-02') // 'due-soon' (18 days ahead, within 28)
 */
export function dueStatus(dueOn: IsoDate, today: IsoDate, dueSoonDays = DEFAULT_DUE_SOON_DAYS): DueStatus {
  if (today >= dueOn) return 'due';
  return addDays(dueOn, -dueSoonDays) <= today ? 'due-soon' : 'not-due';
}
