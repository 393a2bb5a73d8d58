import { type IsoDate } from '@recordroom/calendar';
import { intersectRanges, type DateRange } from '../date-range.js';
import { type WorkSchedule } from '../work-schedule.js';
import { leaveBooking, publicHolidayDeductions, type LeaveDates, type LeaveDay } from './leave-booking.js';
import { leaveEntitlement, leaveYearFor, type LeaveEntitlement, type LeaveHolder } from './leave-entitlement.js';
import { DEFAULT_LEAVE_SETTINGS, type LeaveSettings } from './leave-settings.js';

/**
 * A leave request or booking as the rota holds it. Only annual leave counts: another `kind`
 * (sickness, training, study, special) is skipped, and a record without one is annual leave.
 */
export interface LeaveRecord extends LeaveDates {
  id?: string;
  kind?: string;
  status: 'requested' | 'approved' | 'declined';
}

export interface LeaveBalanceOptions {
  today: IsoDate;
  /** Hours carried in from the year before (see carryOver); negative when leave was taken in advance. */
  carriedHours?: number;
  settings?: LeaveSettings;
  /** The leave year to report; the one containing `today` when omitted. */
  leaveYear?: DateRange;
  /** Public holidays for the entitlement count; the schedule's (England and Wales by default) when omitted. */
  publicHolidays?: readonly IsoDate[];
}

export interface LeaveBalance {
  entitlement: LeaveEntitlement;
  carriedHours: number;
  /** Approved leave and public holidays on or before today. */
  takenHours: number;
  /** Approved leave and public holidays after today. */
  bookedHours: number;
  /** Requested, not yet approved: shown, not subtracted. */
  pendingHours: number;
  /** entitlement + carried − taken − booked. */
  remainingHours: number;
  /** The public holidays in the year employed and the hours each takes (part of taken and booked). */
  publicHolidays: LeaveDay[];
  /** Each counted record's days inside the leave year. */
  bookings: { record: LeaveRecord; days: LeaveDay[] }[];
}

/**
 * A person's annual leave for a leave year, in hours: entitlement (annual leave and public
 * holidays, working-time.md §3) + carried − taken − booked, with requests awaiting approval
 * apart. Public holidays come out of the allowance as they fall on the person's days; a booking
 * across the year's end counts only its days inside this year.
 *
 * @example
 * leaveBalance(person, standardWorkSchedule(37.5), [{ startDate: '2026-07-06', endDate: '2026-07-10', status: 'approved' }], { today: '2026-06-01' }).remainingHours
 * // 165: 202.5 + 75 (10 public holidays in 2026/27) − 75 (all on weekdays) − 37.5 (the week in July), for a full-timer under 5 years
 */
export function leaveBalance(holder: LeaveHolder, schedule: WorkSchedule, records: readonly LeaveRecord[], options: LeaveBalanceOptions): LeaveBalance {
  const settings = options.settings ?? DEFAULT_LEAVE_SETTINGS;
  const leaveYear = options.leaveYear ?? leaveYearFor(holder, options.today, settings);
  const entitlement = leaveEntitlement(holder, leaveYear, settings, options.publicHolidays ?? schedule.publicHolidays);
  const carriedHours = options.carriedHours ?? 0;
  const employed = entitlement.employed;
  const publicHolidays = employed ? publicHolidayDeductions(schedule, employed) : [];

  let takenHours = 0;
  let bookedHours = 0;
  let pendingHours = 0;
  for (const day of publicHolidays) {
    if (day.date <= options.today) takenHours += day.hours;
    else bookedHours += day.hours;
  }
  const bookings: LeaveBalance['bookings'] = [];
  for (const record of records) {
    if ((record.kind !== undefined && record.kind !== 'annual-leave') || record.status === 'declined' || employed === null) continue;
    const inYear = intersectRanges({ start: record.startDate, end: record.endDate }, employed);
    if (inYear === null) continue;
    const { days } = leaveBooking({ ...record, startDate: inYear.start, endDate: inYear.end }, schedule);
    bookings.push({ record, days });
    for (const day of days) {
      if (record.status === 'requested') pendingHours += day.hours;
      else if (day.date <= options.today) takenHours += day.hours;
      else bookedHours += day.hours;
    }
  }
  const remainingHours = entitlement.totalHours + carriedHours - takenHours - bookedHours;
  return { entitlement, carriedHours, takenHours, bookedHours, pendingHours, remainingHours, publicHolidays, bookings };
}
