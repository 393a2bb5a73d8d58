import { eachDate, type IsoDate } from '@recordroom/calendar';
import { type DateRange } from '../date-range.js';
import { minuteOfDay, type WallClockTime } from '../wall-clock-time.js';
import { isPublicHolidayFor, patternHours, publicHolidaysIn, workingHoursOn, type WorkSchedule } from '../work-schedule.js';

/**
 * What a day of leave costs: annual leave hours; nothing, because it is a public holiday (paid
 * from the public-holiday allowance, see publicHolidayDeductions); or nothing, because the person
 * does not work that day.
 */
export type LeaveDayCharge = 'annual-leave' | 'public-holiday' | 'non-working-day';

/** One day of a booking, or one public holiday, with the hours it takes from the allowance. */
export interface LeaveDay {
  date: IsoDate;
  hours: number;
  charge: LeaveDayCharge;
}

/**
 * Dated leave, as the rota records it: whole days from `startDate` to `endDate`, or part of one
 * day between `startTime` and `endTime` ('HH:mm'). The rota's Absence fits.
 */
export interface LeaveDates {
  startDate: IsoDate;
  endDate: IsoDate;
  startTime?: WallClockTime;
  endTime?: WallClockTime;
}

export interface LeaveBooking {
  days: LeaveDay[];
  /** Annual leave hours the booking takes: the sum of its 'annual-leave' days. */
  hours: number;
}

/**
 * Hours a leave booking takes, day by day, from the person's schedule: each day costs the hours
 * the person would have worked (the rota's where it covers the day, else the pattern's); a day
 * they do not work costs nothing; a public holiday costs nothing here because it comes out of the
 * public-holiday allowance for everyone (the hours approach, ../shared/domain/working-time.md §3).
 * Part of a day costs its length, at most the day's hours.
 *
 * @example
 * leaveBooking({ startDate: '2026-04-02', endDate: '2026-04-08' }, standardWorkSchedule(37.5)).hours
 * // 22.5: Thu 2, Tue 7, Wed 8 (Good Friday and Easter Monday are public holidays, the weekend is off)
 */
export function leaveBooking(leave: LeaveDates, schedule: WorkSchedule): LeaveBooking {
  const partDay = leave.startTime !== undefined && leave.endTime !== undefined ? (minuteOfDay(leave.endTime) - minuteOfDay(leave.startTime)) / 60 : null;
  const days = eachDate(leave.startDate, leave.endDate).map((date): LeaveDay => {
    const worked = workingHoursOn(schedule, date);
    if (worked > 0) return { date, hours: partDay === null ? worked : Math.min(worked, Math.max(partDay, 0)), charge: 'annual-leave' };
    const holidayOff = isPublicHolidayFor(schedule, date) && schedule.rostered?.[date] === undefined && patternHours(schedule, date) > 0;
    return { date, hours: 0, charge: holidayOff ? 'public-holiday' : 'non-working-day' };
  });
  return { days, hours: days.reduce((sum, d) => sum + d.hours, 0) };
}

/**
 * The public holidays in `range` and the hours each takes from the person's allowance: the hours
 * their pattern gives that day, or none when they are rostered to work it (they keep the hours as
 * time off in lieu, AfC Section 13.4, detail [U] in ../shared/domain/working-time.md §3) or it is
 * not one of their days. A part-timer whose days miss the holidays keeps the hours to book as
 * leave; one whose days catch more than their share books fewer (working-time.md §3, [V]).
 *
 * @example publicHolidayDeductions(standardWorkSchedule(22.5), { start: '2026-04-01', end: '2026-04-30' })
 * // [{ date: '2026-04-03', hours: 4.5, charge: 'public-holiday' }, { date: '2026-04-06', hours: 4.5, charge: 'public-holiday' }]
 */
export function publicHolidayDeductions(schedule: WorkSchedule, range: DateRange): LeaveDay[] {
  return publicHolidaysIn(range, schedule.publicHolidays).map((date) => {
    const rosteredToWork = (schedule.rostered?.[date] ?? 0) > 0;
    return { date, hours: rosteredToWork ? 0 : patternHours(schedule, date), charge: 'public-holiday' };
  });
}
