import { isSkill } from '@recordroom/people';
import { type ShiftType } from '../model/shift-type.js';
import { isWallClockTime, minuteOfDay } from '../time/wall-clock-time.js';
import { formatDuration } from '../time/format-duration.js';
import { throwIfInvalid, type FieldError } from './field-error.js';

/**
 * Problems with a shift type, each naming its field: a shift that ends before it starts without
 * crossing midnight, a zero-length shift, a break as long as the shift.
 *
 * @example validateShiftType({ ...late, start: '22:00', end: '07:00', endsNextDay: false })
 * // [{ field: 'end', message: 'ends at 07:00, before it starts at 22:00: a shift that crosses midnight needs endsNextDay' }]
 */
export function validateShiftType(type: ShiftType): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['id', 'code', 'name', 'locationId'] as const) {
    if (typeof type[field] !== 'string' || type[field].trim() === '') errors.push({ field, message: 'is required' });
  }
  const startOk = isWallClockTime(type.start);
  const endOk = isWallClockTime(type.end);
  if (!startOk) errors.push({ field: 'start', message: `must be a 24-hour time (HH:mm), not ${JSON.stringify(type.start)}` });
  if (!endOk) errors.push({ field: 'end', message: `must be a 24-hour time (HH:mm), not ${JSON.stringify(type.end)}` });
  if (typeof type.endsNextDay !== 'boolean') errors.push({ field: 'endsNextDay', message: 'must be true or false' });
  let length: number | null = null;
  if (startOk && endOk && typeof type.endsNextDay === 'boolean') {
    const start = minuteOfDay(type.start);
    const end = minuteOfDay(type.end);
    if (!type.endsNextDay && end === start) errors.push({ field: 'end', message: `ends when it starts (${type.start}): a shift cannot be zero length` });
    else if (!type.endsNextDay && end < start) errors.push({ field: 'end', message: `ends at ${type.end}, before it starts at ${type.start}: a shift that crosses midnight needs endsNextDay` });
    else if (type.endsNextDay && end >= start) errors.push({ field: 'endsNextDay', message: `would make the shift ${formatDuration(end + 1440 - start)} long: a shift from ${type.start} to ${type.end} the next day is 24 h or more` });
    else length = end + (type.endsNextDay ? 1440 : 0) - start;
  }
  for (const field of ['unpaidBreakMinutes', 'paidBreakMinutes'] as const) {
    const value = type[field];
    if (value === undefined && field === 'paidBreakMinutes') continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) errors.push({ field, message: 'must be a whole number of minutes, 0 or more' });
    else if (length !== null && value >= length) errors.push({ field, message: `is ${formatDuration(value)}, as long as the ${formatDuration(length)} shift or longer` });
  }
  if (type.requiredSkill !== null && !isSkill(type.requiredSkill)) errors.push({ field: 'requiredSkill', message: `is not a known skill: ${String(type.requiredSkill)}` });
  return errors;
}

/**
 * Throws RotaValidationError when validateShiftType finds a problem.
 *
 * @example assertValidShiftType(dto); // throws with { field, message } errors
 */
export function assertValidShiftType(type: ShiftType): void {
  throwIfInvalid(validateShiftType(type));
}
