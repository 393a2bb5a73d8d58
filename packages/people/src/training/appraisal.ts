import { addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { DEFAULT_DUE_SOON_DAYS, dueStatus } from '../due-status.js';

/**
 * Months between appraisals: yearly, the usual NHS appraisal cycle. Not in ../shared/domain, so a
 * configurable default.
 */
export const DEFAULT_APPRAISAL_INTERVAL_MONTHS = 12;

/** up-to-date; due-soon: within the due-soon window; due: on or after its due date. */
export type AppraisalStatus = 'up-to-date' | 'due-soon' | 'due';

export interface AppraisalDue {
  status: AppraisalStatus;
  dueOn: IsoDate;
  /** The last appraisal on or before today; null when none has been held. */
  lastAppraisalOn: IsoDate | null;
}

/**
 * When a person's next appraisal is due: `intervalMonths` after the last one, or after they
 * started when none has been held. An appraisal dated after today is not counted.
 *
 * @example appraisalDue({ employmentStartDate: '2020-01-06', lastAppraisalOn: '2025-04-14' }, '2026-03-25')
 * // { status: 'due-soon', dueOn: '2026-04-14', lastAppraisalOn: '2025-04-14' }
 */
export function appraisalDue(
  person: { employmentStartDate: IsoDate; lastAppraisalOn: IsoDate | null },
  today: IsoDate,
  options: { intervalMonths?: number; dueSoonDays?: number } = {},
): AppraisalDue {
  const last = person.lastAppraisalOn !== null && person.lastAppraisalOn <= today ? person.lastAppraisalOn : null;
  const dueOn = addMonthsClamped(last ?? person.employmentStartDate, options.intervalMonths ?? DEFAULT_APPRAISAL_INTERVAL_MONTHS);
  const due = dueStatus(dueOn, today, options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
  return { status: due === 'not-due' ? 'up-to-date' : due, dueOn, lastAppraisalOn: last };
}
