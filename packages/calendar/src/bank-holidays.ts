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

// The data covers whole years (every year has New Year's Day), so its first and last years bound it.
const years = BANK_HOLIDAYS_ENGLAND_AND_WALES.map((h) => h.date.slice(0, 4)).sort();

/**
 * The first date the bank-holiday data covers: 1 January of its first year. Working days, SAR due
 * dates and rota checks are known from here; anything earlier is refused rather than guessed.
 *
 * @example FIRST_DATE_WITH_BANK_HOLIDAYS // '2015-01-01'
 */
export const FIRST_DATE_WITH_BANK_HOLIDAYS: IsoDate = `${years[0] ?? ''}-01-01`;

/**
 * The last date the bank-holiday data covers: 31 December of its last year. Adding a year to the
 * data file moves it, and with it every bound the API and the rota take from it.
 *
 * @example LAST_DATE_WITH_BANK_HOLIDAYS // '2030-12-31'
 */
export const LAST_DATE_WITH_BANK_HOLIDAYS: IsoDate = `${years[years.length - 1] ?? ''}-12-31`;

const holidayDates = new Set(BANK_HOLIDAYS_ENGLAND_AND_WALES.map((h) => h.date));

/** True when the bank-holiday data covers `date` (from FIRST_DATE_WITH_BANK_HOLIDAYS to LAST_DATE_WITH_BANK_HOLIDAYS). */
export function hasBankHolidayData(date: IsoDate): boolean {
  return date >= FIRST_DATE_WITH_BANK_HOLIDAYS && date <= LAST_DATE_WITH_BANK_HOLIDAYS;
}

function assertCovered(date: IsoDate): void {
  if (!hasBankHolidayData(date)) {
    throw new RangeError(`Bank holidays are known from ${FIRST_DATE_WITH_BANK_HOLIDAYS} to ${LAST_DATE_WITH_BANK_HOLIDAYS} only; ${date} is outside`);
  }
}

/** True when `date` is a bank holiday in England and Wales. Throws outside the data (hasBankHolidayData). */
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
