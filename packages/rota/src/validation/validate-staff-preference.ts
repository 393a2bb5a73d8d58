import { isIsoDate } from '@recordroom/calendar';
import { type StaffPreference } from '../model/staff-preference.js';
import { type FieldError } from './field-error.js';

/**
 * Problems with a staff preference, each naming its field.
 *
 * @example validateStaffPreference({ staffId: 'ann', date: '2026-03-02', shiftTypeId: null, kind: 'off', weight: 0 })
 * // [{ field: 'weight', message: 'must be a whole number, 1 or more' }]
 */
export function validateStaffPreference(preference: StaffPreference): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof preference.staffId !== 'string' || preference.staffId === '') errors.push({ field: 'staffId', message: 'is required' });
  if (!isIsoDate(preference.date)) errors.push({ field: 'date', message: 'must be a date (yyyy-mm-dd)' });
  if (preference.kind !== 'on' && preference.kind !== 'off') errors.push({ field: 'kind', message: "must be 'on' or 'off'" });
  if (!Number.isInteger(preference.weight) || preference.weight < 1) errors.push({ field: 'weight', message: 'must be a whole number, 1 or more' });
  return errors;
}
