import { daysBetween, isIsoDate } from '@recordroom/calendar';
import { ABSENCE_KINDS, ABSENCE_KIND_LABELS, ABSENCE_STATUSES, type Absence } from '../model/absence.js';
import { formatDate } from '../time/format-instant.js';
import { isWallClockTime, minuteOfDay } from '../time/wall-clock-time.js';
import { throwIfInvalid, type FieldError } from './field-error.js';

/**
 * The longest absence one record may hold: a year, leap day included. A longer one (long-term
 * sickness) is recorded as one absence a year; the bound keeps every check that walks an
 * absence's days (leave clashes, shifts withdrawn) to at most 366 of them.
 */
export const MAXIMUM_ABSENCE_DAYS = 366;

/**
 * Problems with an absence, each naming its field: leave that ends before it starts or lasts more
 * than MAXIMUM_ABSENCE_DAYS, times that do not fit one day, and (given the person's other absences) leave that overlaps leave already
 * requested or approved.
 *
 * @example validateAbsence({ ...leave, startDate: '2026-03-06', endDate: '2026-03-02' })
 * // [{ field: 'endDate', message: 'ends on Mon 2 Mar, before it starts on Fri 6 Mar' }]
 */
export function validateAbsence(absence: Absence, others: readonly Absence[] = []): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof absence.id !== 'string' || absence.id === '') errors.push({ field: 'id', message: 'is required' });
  if (typeof absence.staffId !== 'string' || absence.staffId === '') errors.push({ field: 'staffId', message: 'is required' });
  if (!(ABSENCE_KINDS as readonly string[]).includes(absence.kind)) errors.push({ field: 'kind', message: `must be one of ${ABSENCE_KINDS.join(', ')}` });
  if (!(ABSENCE_STATUSES as readonly string[]).includes(absence.status)) errors.push({ field: 'status', message: `must be one of ${ABSENCE_STATUSES.join(', ')}` });
  const startOk = isIsoDate(absence.startDate);
  const endOk = isIsoDate(absence.endDate);
  if (!startOk) errors.push({ field: 'startDate', message: `must be a date (yyyy-mm-dd), not ${JSON.stringify(absence.startDate)}` });
  if (!endOk) errors.push({ field: 'endDate', message: `must be a date (yyyy-mm-dd), not ${JSON.stringify(absence.endDate)}` });
  if (startOk && endOk && absence.endDate < absence.startDate) {
    errors.push({ field: 'endDate', message: `ends on ${formatDate(absence.endDate)}, before it starts on ${formatDate(absence.startDate)}` });
  } else if (startOk && endOk && daysBetween(absence.startDate, absence.endDate) + 1 > MAXIMUM_ABSENCE_DAYS) {
    errors.push({ field: 'endDate', message: `makes the absence longer than ${MAXIMUM_ABSENCE_DAYS} days; record a longer absence as one absence a year` });
  }
  const timed = absence.startTime !== undefined || absence.endTime !== undefined;
  if (timed) {
    if (absence.startTime === undefined) errors.push({ field: 'startTime', message: 'is needed when endTime is given' });
    else if (!isWallClockTime(absence.startTime)) errors.push({ field: 'startTime', message: 'must be a 24-hour time (HH:mm)' });
    if (absence.endTime === undefined) errors.push({ field: 'endTime', message: 'is needed when startTime is given' });
    else if (!isWallClockTime(absence.endTime)) errors.push({ field: 'endTime', message: 'must be a 24-hour time (HH:mm)' });
    else if (isWallClockTime(absence.startTime) && minuteOfDay(absence.endTime) <= minuteOfDay(absence.startTime)) {
      errors.push({ field: 'endTime', message: `ends at ${absence.endTime}, not after it starts at ${absence.startTime}` });
    }
    if (startOk && endOk && absence.startDate !== absence.endDate) errors.push({ field: 'endDate', message: 'must equal startDate for an absence with times: part of one day' });
  }
  if (errors.length > 0 || absence.status === 'declined') return errors;
  for (const other of others) {
    if (other.id === absence.id || other.staffId !== absence.staffId || other.status === 'declined') continue;
    if (other.startDate > absence.endDate || other.endDate < absence.startDate) continue;
    if (bothTimedAndApart(absence, other)) continue;
    const when = other.startDate === other.endDate ? `on ${formatDate(other.startDate)}` : `from ${formatDate(other.startDate)} to ${formatDate(other.endDate)}`;
    errors.push({ field: 'startDate', message: `overlaps ${other.status} ${ABSENCE_KIND_LABELS[other.kind]} ${when}` });
  }
  return errors;
}

function bothTimedAndApart(a: Absence, b: Absence): boolean {
  if (!a.startTime || !a.endTime || !b.startTime || !b.endTime || a.startDate !== b.startDate) return false;
  return minuteOfDay(a.endTime) <= minuteOfDay(b.startTime) || minuteOfDay(b.endTime) <= minuteOfDay(a.startTime);
}

/**
 * Throws RotaValidationError when validateAbsence finds a problem.
 *
 * @example assertValidAbsence(request, existingAbsences); // throws with { field, message } errors
 */
export function assertValidAbsence(absence: Absence, others: readonly Absence[] = []): void {
  throwIfInvalid(validateAbsence(absence, others));
}
