import { isIsoDate } from '@recordroom/calendar';
import { formatDate } from '../format-date.js';
import { type FieldError } from '../validation/field-error.js';
import { isWallClockTime, minuteOfDay } from '../wall-clock-time.js';
import { isPublicHolidayFor, type WorkSchedule } from '../work-schedule.js';
import { leaveBooking, type LeaveDates } from './leave-booking.js';

/**
 * Problems with a leave request against the person's schedule, each naming its field: dates that
 * are not dates or end before they start, times that do not fit one day, and leave that falls
 * only on days the person does not work or on public holidays, so books nothing. That last rule
 * needs the person's days off to be known (a recorded working pattern, see leaveScheduleFor):
 * with `daysOffKnown: false` the rota may roster them any day, so no day is refused for being
 * off. Overlaps with the person's other leave are the rota's validateAbsence.
 *
 * @example validateLeaveRequest({ startDate: '2026-03-07', endDate: '2026-03-08' }, standardWorkSchedule(37.5))
 * // [{ field: 'startDate', message: 'falls only on days the person does not work (Sat 7 Mar 2026, Sun 8 Mar 2026): there is nothing to book' }]
 */
export function validateLeaveRequest(request: LeaveDates, schedule: WorkSchedule, options: { daysOffKnown?: boolean } = {}): FieldError[] {
  const errors: FieldError[] = [];
  const startOk = isIsoDate(request.startDate);
  const endOk = isIsoDate(request.endDate);
  if (!startOk) errors.push({ field: 'startDate', message: `must be a date (yyyy-mm-dd), not ${JSON.stringify(request.startDate)}` });
  if (!endOk) errors.push({ field: 'endDate', message: `must be a date (yyyy-mm-dd), not ${JSON.stringify(request.endDate)}` });
  if (startOk && endOk && request.endDate < request.startDate) {
    errors.push({ field: 'endDate', message: `ends on ${formatDate(request.endDate)}, before it starts on ${formatDate(request.startDate)}` });
  }
  const { startTime, endTime } = request;
  if (startTime !== undefined || endTime !== undefined) {
    if (startTime === undefined) errors.push({ field: 'startTime', message: 'is needed when endTime is given' });
    else if (!isWallClockTime(startTime)) errors.push({ field: 'startTime', message: 'must be a 24-hour time (HH:mm)' });
    if (endTime === undefined) errors.push({ field: 'endTime', message: 'is needed when startTime is given' });
    else if (!isWallClockTime(endTime)) errors.push({ field: 'endTime', message: 'must be a 24-hour time (HH:mm)' });
    else if (startTime !== undefined && isWallClockTime(startTime) && minuteOfDay(endTime) <= minuteOfDay(startTime)) {
      errors.push({ field: 'endTime', message: `ends at ${endTime}, not after it starts at ${startTime}` });
    }
    if (startOk && endOk && request.startDate !== request.endDate) errors.push({ field: 'endDate', message: 'must equal startDate for leave with times: part of one day' });
  }
  if (errors.length > 0) return errors;

  let booking;
  try {
    booking = leaveBooking(request, schedule);
  } catch (error) {
    // Dates beyond the bank-holiday calendar (a mistyped year): a field error, not a crash.
    if (error instanceof RangeError) return [{ field: isCovered(schedule, request.startDate) ? 'endDate' : 'startDate', message: error.message }];
    throw error;
  }
  if (booking.hours === 0 && (options.daysOffKnown ?? true)) {
    const holidays = booking.days.some((d) => d.charge === 'public-holiday');
    const days = booking.days.length <= 3 ? booking.days.map((d) => formatDate(d.date)).join(', ') : `${formatDate(request.startDate)} to ${formatDate(request.endDate)}`;
    const what = holidays ? 'days the person does not work or public holidays, which are already given' : 'days the person does not work';
    errors.push({ field: 'startDate', message: `falls only on ${what} (${days}): there is nothing to book` });
  }
  return errors;
}

function isCovered(schedule: WorkSchedule, date: string): boolean {
  try {
    isPublicHolidayFor(schedule, date);
    return true;
  } catch {
    return false;
  }
}
