import { isIsoDate } from '@recordroom/calendar';
import type { CreateAbsenceBody } from '@recordroom/contracts';
import type { AbsenceKind } from '@recordroom/rota';
import { type DateParts } from '@recordroom/ui';

/** Staff ask for these; sickness is recorded by a manager or officer, not requested. */
export const REQUESTABLE_KINDS: readonly AbsenceKind[] = ['annual-leave', 'study', 'training', 'special'];

export interface LeaveFormValues {
  kind: string;
  startDate: DateParts;
  endDate: DateParts;
  note: string;
}

export const LEAVE_FIELDS = ['kind', 'startDate', 'endDate', 'note'] as const;
export type LeaveField = (typeof LEAVE_FIELDS)[number];
export type LeaveFormErrors = Partial<Record<LeaveField, string>>;

export const EMPTY_LEAVE_FORM: LeaveFormValues = { kind: '', startDate: { day: '', month: '', year: '' }, endDate: { day: '', month: '', year: '' }, note: '' };

/** Where an error summary link for the field goes: the first box of a date, the first radio. */
export function leaveFieldAnchor(field: LeaveField): string {
  switch (field) {
    case 'kind':
      return 'kind-annual-leave';
    case 'startDate':
    case 'endDate':
      return `${field}-day`;
    case 'note':
      return 'note';
  }
}

const LABELS: Record<'startDate' | 'endDate', string> = { startDate: 'first day of leave', endDate: 'last day of leave' };

/** The three boxes as yyyy-mm-dd, or the NHS.UK-style message saying what is wrong. */
function readDate(parts: DateParts, field: 'startDate' | 'endDate'): { date: string } | { error: string } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return { error: `Enter the ${LABELS[field]}` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { error: `The ${LABELS[field]} must be a real date, for example 27 3 2026` };
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(date) ? { date } : { error: `The ${LABELS[field]} must be a real date, for example 27 3 2026` };
}

/** Checks the form the way the API will (it checks again), so most mistakes are named before sending. */
export function readLeaveForm(values: LeaveFormValues, today: string): { body: CreateAbsenceBody | null; errors: LeaveFormErrors } {
  const errors: LeaveFormErrors = {};
  const kind = REQUESTABLE_KINDS.find((k) => k === values.kind);
  if (!kind) errors.kind = 'Select the kind of leave';
  const start = readDate(values.startDate, 'startDate');
  const end = readDate(values.endDate, 'endDate');
  if ('error' in start) errors.startDate = start.error;
  else if (start.date < today) errors.startDate = 'The first day of leave must be today or in the future';
  if ('error' in end) errors.endDate = end.error;
  else if ('date' in start && end.date < start.date) errors.endDate = 'The last day of leave must be the same as or after the first day';
  if (values.note.length > 500) errors.note = 'The note must be 500 characters or fewer';
  if (Object.keys(errors).length > 0 || !kind || 'error' in start || 'error' in end) return { body: null, errors };
  const note = values.note.trim();
  return { body: { kind, startDate: start.date, endDate: end.date, ...(note ? { note } : {}) }, errors };
}
