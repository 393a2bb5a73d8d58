import { FULL_TIME_HOURS_PER_WEEK } from '../whole-time-equivalent.js';

/**
 * AfC annual leave for a full-time member of staff in England, in days, by completed years of
 * reckonable NHS service, excluding general public holidays (../shared/domain/working-time.md §3,
 * handbook Section 13 Table 6, [V]). Highest step first.
 */
export const AFC_ANNUAL_LEAVE_STEPS: readonly { readonly afterYears: number; readonly days: number }[] = [
  { afterYears: 10, days: 33 },
  { afterYears: 5, days: 29 },
  { afterYears: 0, days: 27 },
];

/** General public holidays a year in England and Wales (../shared/domain/working-time.md §3, [V]; Northern Ireland has 10). */
export const AFC_PUBLIC_HOLIDAYS_PER_YEAR = 8;

/** Hours in one day of leave: the 37.5-hour AfC week over 5 days (../shared/domain/working-time.md §3, hours column [D]). */
export const AFC_HOURS_PER_LEAVE_DAY = FULL_TIME_HOURS_PER_WEEK / 5;

/**
 * Full-time annual leave days for a person with `completedYears` of reckonable NHS service.
 *
 * @example afcAnnualLeaveDays(4) // 27
 * @example afcAnnualLeaveDays(5) // 29
 * @example afcAnnualLeaveDays(12) // 33
 */
export function afcAnnualLeaveDays(completedYears: number): number {
  const step = AFC_ANNUAL_LEAVE_STEPS.find((s) => completedYears >= s.afterYears);
  return step ? step.days : 27;
}

/**
 * Leave in hours for a contract: full-time days × 7.5 × contracted hours ÷ 37.5, the
 * working-time.md §3 pro-rata formula, unrounded.
 *
 * @example leaveDaysInHours(27, 22.5) // 121.5
 */
export function leaveDaysInHours(fullTimeDays: number, contractedHoursPerWeek: number): number {
  return (fullTimeDays * AFC_HOURS_PER_LEAVE_DAY * contractedHoursPerWeek) / FULL_TIME_HOURS_PER_WEEK;
}
