import data from './data/bank-holidays-england-and-wales.json' with { type: 'json' };
import { addDays, isWeekend, type IsoDate } from './iso-date.js';

export interface BankHoliday {
  date: IsoDate;
  title: string;
}

/**
 * Bank holidays of England and Wales, 2015-2030, from ../shared/domain/data (checked against the
 * GOV.UK feed for 2018-2025; later years follow the statutory pattern, see the file's note).
 */
export const BANK_HOLIDAYS_ENGLAND_AND_WALES: readonly BankHoliday[] = data.events;
const FIRST_COVERED = '2015-01-01';
const LAST_COVERED = '2030-12-31';

const holidayDates = new Set(BANK_HOLIDAYS_ENGLAND_AND_WALES.map((h) => h.date));

function assertCovered(date: IsoDate): void {
  if (date < FIRST_COVERED || date > LAST_COVERED) {
    throw new RangeError(`Bank holidays are known for 2015-2030 only; ${date} is outside`);
  }
}

/** True when `date` is a bank holiday in England and Wales. Throws outside 2015-2030. */
export function isBankHoliday(date: IsoDate): boolean {
  assertCovered(date);
  return holidayDates.has(date);
}

/** Bank holidays from `from` to `to`, both included, in date order. */
export function bankHolidaysBetween(from: IsoDate, to: IsoDate): BankHoliday[] {
  return BANK_HOLIDAYS_ENGLAND_AND_WALES.filter((h) => h.date >= from && h.date <= to);
}

/** Monday to Friday and not a bank holiday. */
export function isWorkingDay(date: IsoDate): boolean {
  return !isWeekend(date) && !isBankHoliday(date);
}

/** `date` itself when it is a working day, else the next working day after it. */
export function onOrNextWorkingDay(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}
