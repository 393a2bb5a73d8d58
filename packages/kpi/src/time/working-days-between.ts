import { addDays, isWorkingDay, type IsoDate } from '@recordroom/calendar';

/**
 * Working days (England and Wales) after `from` up to and including `to`: an item received on a
 * Friday is 1 working day old on Monday. 0 when `to` is not after `from`.
 *
 * @example workingDaysBetween('2025-04-17', '2025-04-22') // 1 (Good Friday and Easter Monday skipped)
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count++;
  }
  return count;
}
