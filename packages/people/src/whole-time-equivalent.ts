/** Agenda for Change standard full-time hours per week (../shared/domain/working-time.md §2, since 2004). */
export const FULL_TIME_HOURS_PER_WEEK = 37.5;

/**
 * Whole-time equivalent of a contract: contracted hours over the AfC standard week, to 4 places.
 *
 * @example wholeTimeEquivalent(22.5) // 0.6
 */
export function wholeTimeEquivalent(contractedHoursPerWeek: number): number {
  return Math.round((contractedHoursPerWeek / FULL_TIME_HOURS_PER_WEEK) * 10_000) / 10_000;
}
