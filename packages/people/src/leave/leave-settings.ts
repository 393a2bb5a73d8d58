import { AFC_PUBLIC_HOLIDAYS_PER_YEAR } from './afc-annual-leave.js';
import { DEFAULT_LEAVE_YEAR_RULE, type LeaveYearRule } from './leave-year.js';

/**
 * What happens when a person reaches 5 or 10 years' service inside a leave year. Neither
 * ../shared/domain nor the stored AfC handbook pages say (working-time.md §3 gives the steps
 * only), so it is a setting:
 * - 'pro-rata-from-anniversary': the higher rate from the anniversary to the year's end (default);
 * - 'from-next-leave-year': the year is counted at the service held on its first day;
 * - 'whole-leave-year': the whole year at the step reached by its last day.
 */
export type ServiceStepRule = 'pro-rata-from-anniversary' | 'from-next-leave-year' | 'whole-leave-year';

/**
 * How many public holidays a person's allowance holds, each worth 7.5 hours × contracted hours ÷
 * 37.5 (working-time.md §3):
 * - 'holidays-in-leave-year' (default): the public holidays that fall in the days employed;
 * - 'fixed': the AfC 8 a year, pro-rata by days for part of a year, the source's formula
 *   (60 × FTE hours, a "static entitlement", NHS Kirklees, [V]).
 * They agree in a year holding 8 holidays. They part when Easter falls twice in a 1 April leave
 * year: 2026/27 holds 10 holidays in England and Wales (Good Friday 3 Apr 2026 and 26 Mar 2027),
 * 2027/28 only 6. Under 'fixed' every Monday-to-Friday worker would see 15 hours of 2026/27's
 * annual leave taken by holidays they must have off; hence the default ([D]).
 */
export type PublicHolidayAllowance = 'fixed' | 'holidays-in-leave-year';

/** Most leave that may be carried into the next year: fixed hours, or weeks of the person's own contracted hours. */
export type CarryOverCap = { kind: 'hours'; hours: number } | { kind: 'contracted-weeks'; weeks: number };

/** A department's leave policy. Every field has a documented default (DEFAULT_LEAVE_SETTINGS). */
export interface LeaveSettings {
  leaveYear: LeaveYearRule;
  serviceStep: ServiceStepRule;
  /** For the 'fixed' allowance: 8 in England and Wales, 10 in Northern Ireland (working-time.md §3). */
  publicHolidaysPerYear: number;
  publicHolidayAllowance: PublicHolidayAllowance;
  /** Entitlements are rounded once, to the nearest multiple of this many hours. */
  roundingStepHours: number;
  carryOverCap: CarryOverCap;
}

/**
 * Defaults: leave year 1 April (working-time.md §3, local choice [U]); service steps pro-rata
 * from the anniversary ([U], no source: the reading that neither gives nor withholds leave for
 * days not yet served); 8 public holidays a year in England and Wales ([V]), counted as they fall
 * in the leave year (see PublicHolidayAllowance, [D]); rounding to the nearest
 * half hour (NHS Kirklees guidance, working-time.md §3, [U] nationally); carry-over of at most
 * one week of the person's contracted hours ([U], no source: a common local policy).
 */
export const DEFAULT_LEAVE_SETTINGS: LeaveSettings = {
  leaveYear: DEFAULT_LEAVE_YEAR_RULE,
  serviceStep: 'pro-rata-from-anniversary',
  publicHolidaysPerYear: AFC_PUBLIC_HOLIDAYS_PER_YEAR,
  publicHolidayAllowance: 'holidays-in-leave-year',
  roundingStepHours: 0.5,
  carryOverCap: { kind: 'contracted-weeks', weeks: 1 },
};

/**
 * Rounds hours to the nearest multiple of `step`, halves up. The tiny nudge keeps a value that is
 * a half step in exact arithmetic (121.25 at step 0.5) from rounding down through float error.
 *
 * @example roundHours(121.26, 0.5) // 121.5
 */
export function roundHours(hours: number, step: number): number {
  if (step <= 0) return hours;
  const rounded = Math.round(hours / step + 1e-9) * step;
  return Math.round(rounded * 1e6) / 1e6;
}
