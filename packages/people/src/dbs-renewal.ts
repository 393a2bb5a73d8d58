import { addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { DEFAULT_DUE_SOON_DAYS, dueStatus } from './due-status.js';

/**
 * Years after which a DBS check is due for renewal. There is no national renewal period for
 * health records staff; three years is a common local policy. Unverified: a configurable
 * default, never a rule (no source in ../shared/domain).
 */
export const DEFAULT_DBS_RENEWAL_YEARS = 3;

/**
 * The day a DBS check falls due for renewal: its anniversary `renewalYears` on (29 February
 * clamps to 28 February), or null when no check is on file.
 *
 * @example dbsRenewalDueOn('2023-11-02') // '2026-11-02'
 */
export function dbsRenewalDueOn(lastCheck: IsoDate | null, renewalYears = DEFAULT_DBS_RENEWAL_YEARS): IsoDate | null {
  return lastCheck === null ? null : addMonthsClamped(lastCheck, renewalYears * 12);
}

/**
 * True when a person has no DBS check on file, or their last one is at least `renewalYears` old
 * on `today`.
 *
 * @example isDbsRenewalDue('2023-11-01', '2026-11-02') // true
 */
export function isDbsRenewalDue(lastCheck: IsoDate | null, today: IsoDate, renewalYears = DEFAULT_DBS_RENEWAL_YEARS): boolean {
  const dueOn = dbsRenewalDueOn(lastCheck, renewalYears);
  return dueOn === null || dueOn <= today;
}

/** missing: no check on file; renewal-due: on or after the renewal date; due-soon; current. */
export type DbsCheckStatus = 'missing' | 'renewal-due' | 'due-soon' | 'current';

export interface DbsCheck {
  status: DbsCheckStatus;
  lastCheck: IsoDate | null;
  dueOn: IsoDate | null;
}

/**
 * Where a person's DBS check stands on `today` under the renewal policy: missing, due for
 * renewal (the same day isDbsRenewalDue turns true), due soon, or current.
 *
 * @example dbsCheckStatus('2023-11-20', '2026-11-02') // { status: 'due-soon', lastCheck: '2023-11-20', dueOn: '2026-11-20' }
 */
export function dbsCheckStatus(lastCheck: IsoDate | null, today: IsoDate, options: { renewalYears?: number; dueSoonDays?: number } = {}): DbsCheck {
  const dueOn = dbsRenewalDueOn(lastCheck, options.renewalYears ?? DEFAULT_DBS_RENEWAL_YEARS);
  if (dueOn === null) return { status: 'missing', lastCheck, dueOn };
  const due = dueStatus(dueOn, today, options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
  return { status: due === 'due' ? 'renewal-due' : due === 'due-soon' ? 'due-soon' : 'current', lastCheck, dueOn };
}
