import { addDays, addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { DEFAULT_DUE_SOON_DAYS, dueStatus } from '../due-status.js';

/**
 * Months of probation for a new starter. Set locally (no source in ../shared/domain): six months
 * is a common NHS trust policy. A configurable default.
 */
export const DEFAULT_PROBATION_MONTHS = 6;

export interface Probation {
  startDate: IsoDate;
  /** DEFAULT_PROBATION_MONTHS when omitted. */
  lengthMonths?: number;
  /** A new last day when probation has been extended. */
  extendedTo?: IsoDate | null;
  /** Recorded at the end-of-probation review; null until then. */
  outcome?: 'passed' | 'not-passed' | null;
}

/** in-probation; ending-soon: the review is due within the due-soon window; review-overdue: ended with no outcome; completed. */
export type ProbationStatus = 'in-probation' | 'ending-soon' | 'review-overdue' | 'completed';

/**
 * The last day of probation: the day before the `lengthMonths` anniversary of the start, or the
 * extension's date.
 *
 * @example probationEndDate({ startDate: '2026-01-05' }) // '2026-07-04'
 */
export function probationEndDate(probation: Probation): IsoDate {
  return probation.extendedTo ?? addDays(addMonthsClamped(probation.startDate, probation.lengthMonths ?? DEFAULT_PROBATION_MONTHS), -1);
}

/**
 * Where a probation stands on `today`: an outcome completes it; otherwise it ends soon in the
 * due-soon days up to its last day, and its review is overdue from the day after.
 *
 * @example probationStatus({ startDate: '2026-01-05' }, '2026-06-20') // { status: 'ending-soon', endsOn: '2026-07-04' }
 */
export function probationStatus(probation: Probation, today: IsoDate, dueSoonDays = DEFAULT_DUE_SOON_DAYS): { status: ProbationStatus; endsOn: IsoDate } {
  const endsOn = probationEndDate(probation);
  if (probation.outcome) return { status: 'completed', endsOn };
  if (today > endsOn) return { status: 'review-overdue', endsOn };
  return { status: dueStatus(endsOn, today, dueSoonDays) === 'not-due' ? 'in-probation' : 'ending-soon', endsOn };
}
