import { addMonthsClamped, type IsoDate } from '@recordroom/calendar';

/**
 * Years after which a DBS check is due for renewal. There is no national renewal period for
 * health records staff; three years is a common local policy. Unverified: a configurable
 * default, never a rule (no source in ../shared/domain).
 */
export const DEFAULT_DBS_RENEWAL_YEARS = 3;

/**
 * True when a person has no DBS check on file, or their last one is at least `renewalYears` old
 * on `today`.
 *
 * @example isDbsRenewalDue('2023-11-01', '2026-11-02') // true
 */
export function isDbsRenewalDue(lastCheck: IsoDate | null, today: IsoDate, renewalYears = DEFAULT_DBS_RENEWAL_YEARS): boolean {
  if (lastCheck === null) return true;
  return addMonthsClamped(lastCheck, renewalYears * 12) <= today;
}
