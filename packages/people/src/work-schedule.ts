import { bankHolidaysBetween, daysBetween, isBankHoliday, isIsoDate, isoWeekday, type IsoDate } from '@recordroom/calendar';
import { type DateRange } from './date-range.js';
import { type FieldError } from './validation/field-error.js';

/** Hours normally worked on each day of one week, Monday first: [Mon, Tue, Wed, Thu, Fri, Sat, Sun]. */
export type WeekHours = readonly [number, number, number, number, number, number, number];

/**
 * When a person works, for counting leave in hours and sickness in working days. The pattern is
 * one week, or several that repeat (a rota's 4-week cycle); the rota, where given, overrides it
 * for the dates it covers. Public holidays are days off unless the rota says the person works.
 */
export interface WorkSchedule {
  /** One or more weeks of hours that repeat; 0 is a day the person does not work. */
  weeks: readonly WeekHours[];
  /** A Monday on which the first of `weeks` starts; needed when there is more than one week. */
  cycleStartDate?: IsoDate;
  /**
   * Paid hours on the rota by date: the shifts the person is assigned that day, 0 for a day
   * rostered off. Dates not listed follow the pattern.
   */
  rostered?: Readonly<Record<IsoDate, number>>;
  /** Public holiday dates; England and Wales bank holidays (@recordroom/calendar, 2015-2030) when omitted. */
  publicHolidays?: readonly IsoDate[];
}

/**
 * Monday to Friday, the contracted hours spread evenly: the AfC standard week (7.5 hours a day
 * at 37.5 hours) for anyone with no recorded pattern.
 *
 * @example standardWorkSchedule(37.5).weeks // [[7.5, 7.5, 7.5, 7.5, 7.5, 0, 0]]
 */
export function standardWorkSchedule(contractedHoursPerWeek: number): WorkSchedule {
  const day = contractedHoursPerWeek / 5;
  return { weeks: [[day, day, day, day, day, 0, 0]] };
}

/**
 * The contracted hours spread evenly over fixed working days (ISO weekdays, Monday 1), such as a
 * part-timer's rota working pattern; the standard week when no days are given.
 *
 * @example fixedDaysSchedule(22.5, [1, 2, 3]).weeks // [[7.5, 7.5, 7.5, 0, 0, 0, 0]]
 */
export function fixedDaysSchedule(contractedHoursPerWeek: number, weekdays: readonly number[] | undefined): WorkSchedule {
  const days = [...new Set(weekdays ?? [])].filter((day) => day >= 1 && day <= 7);
  if (days.length === 0) return standardWorkSchedule(contractedHoursPerWeek);
  const perDay = contractedHoursPerWeek / days.length;
  const [mon = 0, tue = 0, wed = 0, thu = 0, fri = 0, sat = 0, sun = 0] = [1, 2, 3, 4, 5, 6, 7].map((day) => (days.includes(day) ? perDay : 0));
  return { weeks: [[mon, tue, wed, thu, fri, sat, sun]] };
}

/**
 * Hours the pattern gives for a date, ignoring the rota and public holidays.
 *
 * @example patternHours({ weeks: [[7.5, 7.5, 7.5, 0, 0, 0, 0]] }, '2026-03-04') // 7.5 (a Wednesday)
 */
export function patternHours(schedule: WorkSchedule, date: IsoDate): number {
  const weeks = schedule.weeks;
  let index = 0;
  if (weeks.length > 1) {
    const weeksSinceStart = Math.floor(daysBetween(schedule.cycleStartDate ?? date, date) / 7);
    index = ((weeksSinceStart % weeks.length) + weeks.length) % weeks.length;
  }
  return weeks[index]?.[isoWeekday(date) - 1] ?? 0;
}

/**
 * True when `date` is a public holiday for this schedule.
 *
 * @example isPublicHolidayFor(standardWorkSchedule(37.5), '2026-12-28') // true (Boxing Day, moved to Monday)
 */
export function isPublicHolidayFor(schedule: WorkSchedule, date: IsoDate): boolean {
  return schedule.publicHolidays ? schedule.publicHolidays.includes(date) : isBankHoliday(date);
}

/**
 * Public holidays from `range.start` to `range.end` in date order: those given, or England and
 * Wales bank holidays, which throw a RangeError outside the 2015-2030 the calendar knows rather
 * than report a year with none.
 *
 * @example publicHolidaysIn({ start: '2026-12-20', end: '2027-01-05' }) // ['2026-12-25', '2026-12-28', '2027-01-01']
 */
export function publicHolidaysIn(range: DateRange, publicHolidays?: readonly IsoDate[]): IsoDate[] {
  if (publicHolidays) return publicHolidays.filter((d) => d >= range.start && d <= range.end).sort();
  isBankHoliday(range.start);
  isBankHoliday(range.end);
  return bankHolidaysBetween(range.start, range.end).map((h) => h.date);
}

/**
 * Hours the person would work on a date: the rota's hours where it covers the date, else the
 * pattern's, except that a public holiday the rota does not cover is a day off.
 *
 * @example workingHoursOn(standardWorkSchedule(37.5), '2026-04-06') // 0 (Easter Monday)
 */
export function workingHoursOn(schedule: WorkSchedule, date: IsoDate): number {
  const rostered = schedule.rostered?.[date];
  if (rostered !== undefined) return rostered;
  return isPublicHolidayFor(schedule, date) ? 0 : patternHours(schedule, date);
}

/**
 * Problems with a schedule, each naming its field (the API answers 422 with them).
 *
 * @example validateWorkSchedule({ weeks: [[7.5, 7.5, 7.5, 7.5, 30, 0, 0]] }) // [{ field: 'weeks[0][4]', message: 'must be 0 to 24 hours, not 30' }]
 */
export function validateWorkSchedule(schedule: WorkSchedule): FieldError[] {
  const errors: FieldError[] = [];
  if (schedule.weeks.length === 0) errors.push({ field: 'weeks', message: 'needs at least one week' });
  schedule.weeks.forEach((week, w) => {
    if (week.length !== 7) errors.push({ field: `weeks[${w}]`, message: 'needs 7 days, Monday first' });
    week.forEach((hours, d) => {
      if (!Number.isFinite(hours) || hours < 0 || hours > 24) errors.push({ field: `weeks[${w}][${d}]`, message: `must be 0 to 24 hours, not ${hours}` });
    });
  });
  if (schedule.weeks.length > 1) {
    if (schedule.cycleStartDate === undefined) errors.push({ field: 'cycleStartDate', message: 'is needed for a pattern of more than one week' });
    else if (!isIsoDate(schedule.cycleStartDate) || isoWeekday(schedule.cycleStartDate) !== 1) {
      errors.push({ field: 'cycleStartDate', message: `must be a Monday (yyyy-mm-dd), not ${JSON.stringify(schedule.cycleStartDate)}` });
    }
  }
  for (const [key, hours] of Object.entries(schedule.rostered ?? {})) {
    const field = `rostered.${key}`;
    if (!isIsoDate(key)) errors.push({ field, message: 'must be keyed by a date (yyyy-mm-dd)' });
    else if (!Number.isFinite(hours) || hours < 0 || hours > 24) errors.push({ field, message: `must be 0 to 24 hours, not ${hours}` });
  }
  return errors;
}
