import { addDays, type IsoDate } from '@recordroom/calendar';
import { DEFAULT_DBS_RENEWAL_YEARS } from '@recordroom/people';
import { type PostKind } from './plan-department.js';
import { type Random } from './prng.js';

/** The renewal period the app uses by default (a common local policy; there is no national one). */
const DAYS_BETWEEN_CHECKS = DEFAULT_DBS_RENEWAL_YEARS * 365;
/** Dates keep two weeks clear of the renewal line, so "renewal due" never hangs on a leap day. */
const MARGIN_DAYS = 14;
/** A pre-employment check is done up to about two months before the start date. */
const CHECK_BEFORE_START_DAYS = 60;
/** The oldest check on file is 7 years old. */
const OLDEST_CHECK_DAYS = 7 * 365;
/** About one in seven checks is overdue for renewal and about one in twenty is missing. */
const OVERDUE_SHARE = 0.15;
const MISSING_SHARE = 0.05;

export interface DbsCheckCandidate {
  kind: PostKind;
  serviceDays: number;
}

/**
 * The last DBS check date of each person (null when none is on file), so a department's "DBS
 * renewal due" list (isDbsRenewalDue) is never empty: at least one check past renewal (the manager always has
 * the service for one) and, wherever a clerk is not already overdue, at least one missing among
 * the clerks, assistants and receptionists. Checks fall between shortly before the person's NHS
 * start and the reference date.
 */
export function drawDbsCheckDates(people: readonly DbsCheckCandidate[], referenceDate: IsoDate, random: Random): (IsoDate | null)[] {
  const indexes = people.map((_, index) => index);
  const longServing = indexes.filter((i) => (people[i]?.serviceDays ?? 0) >= DAYS_BETWEEN_CHECKS + 365);
  const overdue = new Set(random.shuffle(longServing).slice(0, Math.max(1, Math.round(people.length * OVERDUE_SHARE))));
  const mayBeMissing = indexes.filter((i) => people[i]?.kind === 'member' && !overdue.has(i));
  const missing = new Set(random.shuffle(mayBeMissing).slice(0, Math.max(1, Math.round(people.length * MISSING_SHARE))));

  return people.map(({ serviceDays }, i) => {
    if (missing.has(i)) return null;
    const earliest = serviceDays + CHECK_BEFORE_START_DAYS;
    const daysAgo = overdue.has(i)
      ? random.integer(DAYS_BETWEEN_CHECKS + MARGIN_DAYS, Math.min(OLDEST_CHECK_DAYS, earliest))
      : random.integer(MARGIN_DAYS, Math.min(DAYS_BETWEEN_CHECKS - MARGIN_DAYS, earliest));
    return addDays(referenceDate, -daysAgo);
  });
}
