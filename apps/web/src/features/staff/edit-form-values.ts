import type { StaffMemberDto, UpdateStaffBody } from '@recordroom/contracts';
import type { AfcBand, ContractType, Skill } from '@recordroom/people';
import { type DateParts } from '@recordroom/ui';
import { type FieldError } from '../../api/api-error';
import { placeFieldErrors } from '../../api/place-field-errors';
import { STAFF_FIELD_LABELS } from './staff-field-labels';
import { isSkill } from './staff-vocabulary';

/** The edit form's fields, in the order they appear (and errors are listed). */
export const EDIT_FIELDS = [
  'firstName',
  'lastName',
  'jobTitle',
  'teamId',
  'band',
  'payPoint',
  'contractType',
  'contractedHoursPerWeek',
  'skills',
  'workingTimeOptOut',
  'dbsCheckDate',
] as const;
type EditField = (typeof EDIT_FIELDS)[number];

/** What the edit form sends in a PATCH: only the fields it shows, and only those that changed. */
export type StaffMemberChanges = Pick<UpdateStaffBody, EditField>;

/** The form as typed: strings until they are checked, so a half-typed number is never lost. */
export interface EditFormValues {
  firstName: string;
  lastName: string;
  jobTitle: string;
  teamId: string;
  band: AfcBand;
  payPoint: string;
  contractType: ContractType;
  contractedHoursPerWeek: string;
  skills: string[];
  workingTimeOptOut: 'yes' | 'no';
  dbsCheckDate: DateParts;
}

export type EditFormErrors = Partial<Record<EditField, string>>;

function dateParts(isoDate: string | null): DateParts {
  if (isoDate === null) return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = isoDate.slice(0, 10).split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export function toFormValues(person: StaffMemberDto): EditFormValues {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    jobTitle: person.jobTitle,
    teamId: person.teamId ?? '',
    band: person.band,
    payPoint: String(person.payPoint),
    contractType: person.contractType,
    contractedHoursPerWeek: String(person.contractedHoursPerWeek),
    skills: [...person.skills],
    workingTimeOptOut: person.workingTimeOptOut ? 'yes' : 'no',
    dbsCheckDate: dateParts(person.dbsCheckDate),
  };
}

/** A typed date as ISO, null when left blank, or the reason it is not a date. */
function readDate(parts: DateParts, name: string): { value: string | null } | { error: string } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return { value: null };
  if (day === '' || month === '' || year === '') return { error: `${name} must include a day, month and year` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { error: `${name} must be a real date` };
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
    return { error: `${name} must be a real date` };
  }
  return { value: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
}

function sameSkills(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/**
 * Checks what only the form can check (blanks, numbers, real dates) and works out what changed.
 * Ranges and business rules (hours limits, pay points of a band) are the API's to judge: its 422
 * answer comes back as field errors.
 */
export function readEditForm(values: EditFormValues, original: StaffMemberDto): { changes: StaffMemberChanges; errors: EditFormErrors } {
  const errors: EditFormErrors = {};
  const changes: StaffMemberChanges = {};

  const text = (field: 'firstName' | 'lastName' | 'jobTitle', missing: string) => {
    const value = values[field].trim();
    if (value === '') errors[field] = missing;
    else if (value !== original[field]) changes[field] = value;
  };
  text('firstName', 'Enter a first name');
  text('lastName', 'Enter a last name');
  text('jobTitle', 'Enter a job title');

  const teamId = values.teamId === '' ? null : values.teamId;
  if (teamId !== original.teamId) changes.teamId = teamId;
  if (values.band !== original.band) changes.band = values.band;
  if (values.contractType !== original.contractType) changes.contractType = values.contractType;

  const payPoint = values.payPoint.trim();
  if (payPoint === '') errors.payPoint = 'Enter a pay point';
  else if (!/^\d+$/.test(payPoint) || Number(payPoint) < 1) errors.payPoint = 'Pay point must be a whole number, like 2';
  else if (Number(payPoint) !== original.payPoint) changes.payPoint = Number(payPoint);

  const hours = values.contractedHoursPerWeek.trim();
  if (hours === '') errors.contractedHoursPerWeek = 'Enter contracted hours a week';
  else if (!/^\d+(\.\d+)?$/.test(hours)) errors.contractedHoursPerWeek = 'Contracted hours a week must be a number, like 37.5';
  else if (Number(hours) !== original.contractedHoursPerWeek) changes.contractedHoursPerWeek = Number(hours);

  const skills: Skill[] = values.skills.filter(isSkill);
  if (!sameSkills(skills, original.skills)) changes.skills = skills;

  const optOut = values.workingTimeOptOut === 'yes';
  if (optOut !== original.workingTimeOptOut) changes.workingTimeOptOut = optOut;

  const dbs = readDate(values.dbsCheckDate, 'Date of the last DBS check');
  if ('error' in dbs) errors.dbsCheckDate = dbs.error;
  else if (dbs.value !== original.dbsCheckDate) changes.dbsCheckDate = dbs.value;

  return { changes, errors };
}

function isEditField(field: string): field is EditField {
  return (EDIT_FIELDS as readonly string[]).includes(field);
}

/** The element an error summary link should focus for a field: the day box of a date, else the field. */
export function fieldAnchor(field: EditField): string {
  return field === 'dbsCheckDate' ? 'dbsCheckDate-day' : field;
}

/** How the form names each field at the start of an error message. */
const EDIT_FIELD_LABELS: Readonly<Record<EditField, string>> = {
  firstName: 'First name',
  lastName: 'Last name',
  jobTitle: 'Job title',
  teamId: 'Team',
  band: 'Band',
  payPoint: 'Pay point',
  contractType: 'Contract',
  contractedHoursPerWeek: 'Contracted hours a week',
  skills: 'Skills',
  workingTimeOptOut: 'Working time opt-out',
  dbsCheckDate: 'Date of the last DBS check',
};

/**
 * An API field error as a sentence. The API words them relative to the field ("must be between 0
 * and 48"), so the field's name goes first: "Contracted hours a week must be between 0 and 48".
 */
function fieldErrorSentence(field: string, message: string): string {
  if (/^[A-Z]/.test(message)) return message;
  const label = isEditField(field) ? EDIT_FIELD_LABELS[field] : (STAFF_FIELD_LABELS[field as keyof typeof STAFF_FIELD_LABELS] ?? field);
  return `${label} ${message}`;
}

/** Splits the API's field errors into those the form shows inline and the rest (listed in the summary only). */
export function apiFieldErrors(fieldErrors: readonly FieldError[]): { inline: EditFormErrors; other: string[] } {
  return placeFieldErrors(fieldErrors, EDIT_FIELDS, fieldErrorSentence);
}
