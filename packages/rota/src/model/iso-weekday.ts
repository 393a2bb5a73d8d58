/** ISO weekday: 1 = Monday ... 7 = Sunday (as isoWeekday in @recordroom/calendar). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Monday to Sunday, in order. */
export const ISO_WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/** @example isIsoWeekday(7) // true (Sunday); isIsoWeekday(0) // false */
export function isIsoWeekday(value: unknown): value is IsoWeekday {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
}
