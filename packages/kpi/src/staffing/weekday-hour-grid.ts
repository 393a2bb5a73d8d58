/**
 * A value for each hour of a week: 7 rows, Monday (ISO weekday 1) first, of 24 hours each,
 * hour 0 being 00:00-00:59 local time.
 */
export type WeekdayHourGrid = readonly (readonly number[])[];

/**
 * Throws unless `grid` is 7 × 24 finite numbers of 0 or more.
 *
 * @example assertWeekdayHourGrid(weekdayHourGrid(1), 'planned') // passes
 */
export function assertWeekdayHourGrid(grid: WeekdayHourGrid, name: string): void {
  const ok =
    grid.length === 7 && grid.every((row) => row.length === 24 && row.every((v) => Number.isFinite(v) && v >= 0));
  if (!ok) throw new RangeError(`${name} must be 7 weekdays (Monday first) × 24 hours of numbers ≥ 0`);
}

/**
 * A 7 × 24 grid filled with `value`, to build planned cover or arrival rates.
 *
 * @example const planned = weekdayHourGrid(0); planned[0][9] = 3; // 3 on duty Mondays 09:00
 */
export function weekdayHourGrid(value = 0): number[][] {
  return Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => value));
}
