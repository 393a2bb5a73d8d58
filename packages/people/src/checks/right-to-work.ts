import { type IsoDate } from '@recordroom/calendar';
import { DEFAULT_DUE_SOON_DAYS, dueStatus } from '../due-status.js';

/**
 * A person's right-to-work check: when it was done, and when the permission it saw runs out
 * (null for permission with no time limit, such as a British or Irish citizen's).
 */
export interface RightToWork {
  checkedOn: IsoDate | null;
  permissionExpiresOn: IsoDate | null;
}

/**
 * not-checked: no check on file; no-time-limit; valid; follow-up-due: the permission runs out
 * within the due-soon window, so a follow-up check is needed before it does; expired: past its
 * last day.
 */
export type RightToWorkStatus = 'not-checked' | 'no-time-limit' | 'valid' | 'follow-up-due' | 'expired';

export interface RightToWorkCheck {
  status: RightToWorkStatus;
  /** The permission's last valid day, or null. */
  expiresOn: IsoDate | null;
}

/**
 * Where a right-to-work check stands on `today`. Permission is valid to the end of its expiry
 * date and expired from the day after. The follow-up window is the department's due-soon days
 * (28 by default); the Home Office's rules are not in ../shared/domain, so the window is a
 * setting, not a rule.
 *
 * @example rightToWorkStatus({ checkedOn: '2024-05-01', permissionExpiresOn: '2026-04-10' }, '2026-03-20')
 * // { status: 'follow-up-due', expiresOn: '2026-04-10' }
 */
export function rightToWorkStatus(check: RightToWork | null, today: IsoDate, dueSoonDays = DEFAULT_DUE_SOON_DAYS): RightToWorkCheck {
  if (check === null || check.checkedOn === null) return { status: 'not-checked', expiresOn: check?.permissionExpiresOn ?? null };
  const expiresOn = check.permissionExpiresOn;
  if (expiresOn === null) return { status: 'no-time-limit', expiresOn };
  if (today > expiresOn) return { status: 'expired', expiresOn };
  return { status: dueStatus(expiresOn, today, dueSoonDays) === 'not-due' ? 'valid' : 'follow-up-due', expiresOn };
}
