import { BANK_HOLIDAYS_ENGLAND_AND_WALES, FIRST_DATE_WITH_BANK_HOLIDAYS, LAST_DATE_WITH_BANK_HOLIDAYS, hasBankHolidayData, isIsoDate, type IsoDate } from '@recordroom/calendar';
import { wholeTimeEquivalent } from '@recordroom/people';
import { type FairnessCounts } from '../fairness/fairness-counts.js';
import { type Absence, type AbsenceId } from '../model/absence.js';
import { type AssignmentId } from '../model/assignment.js';
import { type CoverRequirement } from '../model/cover-requirement.js';
import { type IsoWeekday } from '../model/iso-weekday.js';
import { type Location } from '../model/location.js';
import { fullName, type StaffId } from '../model/rota-staff-member.js';
import { type ShiftType } from '../model/shift-type.js';
import { type Shift, type ShiftId } from '../model/shift.js';
import { type StaffPreference } from '../model/staff-preference.js';
import { resolveRotaSettings } from '../settings/rota-settings.js';
import { instantFormatter } from '../time/format-instant.js';
import { minuteOfDay } from '../time/wall-clock-time.js';
import { dateOfDayNumber, dayNumber, offsetMinutesAt, zonedClock } from '../time/zoned-instant.js';
import { RotaValidationError, type FieldError } from '../validation/field-error.js';
import { validateAbsence } from '../validation/validate-absence.js';
import { validateCoverRequirement } from '../validation/validate-cover-requirement.js';
import { validateShiftType } from '../validation/validate-shift-type.js';
import { type RotaInput } from './rota-input.js';
import { coverSlotKey, type AbsenceFacts, type CoverSlot, type PersonState, type RotaContext, type WorkedShift } from './rota-context.js';
import { shiftLabel, type ShiftFacts } from './shift-facts.js';
import { actualShifts } from './worked-shifts.js';

/** A person whose lists the checker keeps up to date (call refreshPerson after changing them). */
export interface MutablePersonState extends PersonState {
  worked: WorkedShift[];
  absences: AbsenceFacts[];
  actual: WorkedShift[];
  actualInPeriod: WorkedShift[];
}

/** Re-derives the person's views after their assignments or absences change. */
export function refreshPerson(person: MutablePersonState): void {
  const { actual, actualInPeriod } = actualShifts(person.worked, person.absences);
  person.actual = actual;
  person.actualInPeriod = actualInPeriod;
}

export interface MutableCoverSlot extends CoverSlot {
  assigned: WorkedShift[];
}

/**
 * The indexed rota behind a checker: the context rules read, plus the indexes edits update.
 * Built from copies: the caller's input is never changed.
 */
export interface RotaState {
  context: RotaContext;
  people: Map<StaffId, MutablePersonState>;
  slots: Map<string, MutableCoverSlot>;
  slotByShift: Map<ShiftId, MutableCoverSlot>;
  assignments: Map<AssignmentId, WorkedShift>;
  absences: Map<AbsenceId, AbsenceFacts>;
  shifts: Map<ShiftId, ShiftFacts>;
  /** Absence facts in the rota's time zone. */
  absenceFacts(absence: Absence): AbsenceFacts;
}

/** Builds the indexed state, or throws RotaValidationError naming every bad reference. */
export function buildRotaState(input: RotaInput): RotaState {
  const settings = resolveRotaSettings(input.settings);
  const errors: FieldError[] = [];
  const { period } = input;
  if (!isIsoDate(period.startDate)) errors.push({ field: 'period.startDate', message: 'must be a date (yyyy-mm-dd)' });
  if (!isIsoDate(period.endDate)) errors.push({ field: 'period.endDate', message: 'must be a date (yyyy-mm-dd)' });
  else if (period.endDate < period.startDate) errors.push({ field: 'period.endDate', message: `ends ${period.endDate}, before the period starts ${period.startDate}` });
  const historyFrom = input.historyFrom ?? period.startDate;
  if (!isIsoDate(historyFrom) || historyFrom > period.startDate) errors.push({ field: 'historyFrom', message: 'must be a date on or before the period start' });
  try {
    offsetMinutesAt(0, settings.timeZone);
  } catch {
    errors.push({ field: 'settings.timeZone', message: `is not a known time zone: ${settings.timeZone}` });
  }
  if (errors.length > 0) throw new RotaValidationError(errors);

  const timeZone = settings.timeZone;
  const firstDay = dayNumber(period.startDate);
  const lastDay = dayNumber(period.endDate);
  const historyFromDay = dayNumber(historyFrom);
  const instantAt = zonedClock(timeZone);
  const days = new Map<IsoDate, number>();
  /** Day number of a date, parsed once per distinct date; NaN when it is not a date. */
  const dayOf = (date: IsoDate): number => {
    let day = days.get(date);
    if (day === undefined) {
      day = isIsoDate(date) ? dayNumber(date) : Number.NaN;
      days.set(date, day);
    }
    return day;
  };
  const format = instantFormatter(timeZone);

  // The templates and absences are checked field by field first: a bad one would corrupt every
  // shift or day it touches.
  const prefixed = (prefix: string, found: readonly FieldError[]): void => {
    for (const e of found) errors.push({ field: `${prefix}.${e.field}`, message: e.message });
  };
  input.shiftTypes.forEach((type, index) => prefixed(`shiftTypes[${index}]`, validateShiftType(type)));
  (input.absences ?? []).forEach((absence, index) => prefixed(`absences[${index}]`, validateAbsence(absence)));
  (input.coverRequirements ?? []).forEach((requirement, index) => prefixed(`coverRequirements[${index}]`, validateCoverRequirement(requirement)));
  if (errors.length > 0) throw new RotaValidationError(errors);

  const publicHolidays = new Set(input.publicHolidays ?? defaultPublicHolidays(historyFrom, period.endDate, errors));
  const locations = indexById(input.locations, 'locations', errors);
  const shiftTypes = indexById(input.shiftTypes, 'shiftTypes', errors);
  const eveningFrom = minuteOfDay(settings.fairness.aAndEEveningFrom);

  const typeFacts = new Map<ShiftType, { startMinute: number; endMinute: number; label: string }>();
  const shifts = new Map<ShiftId, ShiftFacts>();
  input.shifts.forEach((shift, index) => {
    const type = shiftTypes.get(shift.shiftTypeId);
    const location = type && locations.get(type.locationId);
    if (shifts.has(shift.id)) errors.push({ field: `shifts[${index}].id`, message: `repeats shift id ${shift.id}` });
    else if (Number.isNaN(dayOf(shift.date))) errors.push({ field: `shifts[${index}].date`, message: 'must be a date (yyyy-mm-dd)' });
    else if (!type) errors.push({ field: `shifts[${index}].shiftTypeId`, message: `names no known shift type: ${shift.shiftTypeId}` });
    else if (!location) errors.push({ field: `shiftTypes.${type.id}.locationId`, message: `names no known location: ${type.locationId}` });
    else shifts.set(shift.id, shiftFactsOf(shift, type, location));
  });

  function shiftFactsOf(shift: Shift, type: ShiftType, location: Location): ShiftFacts {
    const day = dayOf(shift.date);
    let facts = typeFacts.get(type);
    if (!facts) {
      facts = { startMinute: minuteOfDay(type.start), endMinute: minuteOfDay(type.end) + (type.endsNextDay ? 1440 : 0), label: shiftLabel(type) };
      typeFacts.set(type, facts);
    }
    const { startMinute, endMinute, label } = facts;
    const start = instantAt(day, startMinute);
    const end = instantAt(day, endMinute);
    const elapsedMinutes = end - start;
    const unpaid = type.unpaidBreakMinutes;
    const paidBreak = type.paidBreakMinutes ?? 0;
    const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
    return {
      shift,
      type,
      location,
      date: shift.date,
      day,
      weekday: weekday as IsoWeekday,
      start,
      end,
      elapsedMinutes,
      paidMinutes: Math.max(0, elapsedMinutes - unpaid),
      workMinutes: Math.max(0, elapsedMinutes - unpaid - paidBreak),
      longestBreakMinutes: Math.max(unpaid, paidBreak),
      inPeriod: day >= firstDay && day <= lastDay,
      weekend: weekday >= 6,
      publicHoliday: publicHolidays.has(shift.date),
      aAndEEvening: location.kind === 'a-and-e-records-desk' && endMinute > eveningFrom,
      label,
    };
  }

  const people = new Map<StaffId, MutablePersonState>();
  input.staff.forEach((member, index) => {
    if (people.has(member.id)) {
      errors.push({ field: `staff[${index}].id`, message: `repeats staff id ${member.id}` });
      return;
    }
    people.set(member.id, {
      member,
      name: fullName(member),
      wte: wholeTimeEquivalent(member.contractedHoursPerWeek),
      worked: [],
      absences: [],
      actual: [],
      actualInPeriod: [],
      preferences: [],
      daysOff: new Set((member.daysOff ?? []).map(dayOf)),
      patternWeekdays: member.workingPattern ? new Set(member.workingPattern.weekdays) : null,
    });
  });

  const absenceFacts = (absence: Absence): AbsenceFacts => {
    const timed = absence.startTime !== undefined && absence.endTime !== undefined;
    const first = dayOf(absence.startDate);
    const last = dayOf(absence.endDate);
    return {
      absence,
      firstDay: first,
      lastDay: last,
      start: instantAt(first, timed ? minuteOfDay(absence.startTime as string) : 0),
      end: timed ? instantAt(first, minuteOfDay(absence.endTime as string)) : instantAt(last, 1440),
      timed,
    };
  };
  const absences = new Map<AbsenceId, AbsenceFacts>();
  (input.absences ?? []).forEach((absence, index) => {
    const person = people.get(absence.staffId);
    if (absences.has(absence.id)) errors.push({ field: `absences[${index}].id`, message: `repeats absence id ${absence.id}` });
    else if (!person) errors.push({ field: `absences[${index}].staffId`, message: `names no known staff member: ${absence.staffId}` });
    else {
      const facts = absenceFacts(absence);
      absences.set(absence.id, facts);
      person.absences.push(facts);
    }
  });

  for (const preference of input.preferences ?? []) {
    const day = dayOf(preference.date);
    const person = people.get(preference.staffId);
    if (person && day >= firstDay && day <= lastDay) (person.preferences as StaffPreference[]).push(preference);
  }

  const slots = new Map<string, MutableCoverSlot>();
  const slotByShift = new Map<ShiftId, MutableCoverSlot>();
  const requirements = resolveRequirements(input.coverRequirements ?? [], shiftTypes, errors);
  for (let day = firstDay; day <= lastDay; day += 1) {
    const date = dateOfDayNumber(day);
    const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
    for (const [shiftTypeId, byWhen] of requirements) {
      const requirement = byWhen.get(date) ?? byWhen.get(weekday);
      const type = shiftTypes.get(shiftTypeId);
      const location = type && locations.get(type.locationId);
      if (!requirement || !type || !location) continue;
      const key = coverSlotKey(date, shiftTypeId);
      slots.set(key, { key, date, day, shiftType: type, location, requirement, shiftIds: [], assigned: [] });
    }
  }
  for (const facts of shifts.values()) {
    const slot = facts.inPeriod ? slots.get(coverSlotKey(facts.date, facts.type.id)) : undefined;
    if (!slot) continue;
    (slot.shiftIds as ShiftId[]).push(facts.shift.id);
    slotByShift.set(facts.shift.id, slot);
  }

  const assignments = new Map<AssignmentId, WorkedShift>();
  input.assignments.forEach((assignment, index) => {
    const shift = shifts.get(assignment.shiftId);
    const person = people.get(assignment.staffId);
    if (assignments.has(assignment.id)) errors.push({ field: `assignments[${index}].id`, message: `repeats assignment id ${assignment.id}` });
    else if (!shift) errors.push({ field: `assignments[${index}].shiftId`, message: `names no known shift: ${assignment.shiftId}` });
    else if (!person) errors.push({ field: `assignments[${index}].staffId`, message: `names no known staff member: ${assignment.staffId}` });
    else {
      const worked: WorkedShift = { assignment, shift };
      assignments.set(assignment.id, worked);
      person.worked.push(worked);
      slotByShift.get(shift.shift.id)?.assigned.push(worked);
    }
  });
  if (errors.length > 0) throw new RotaValidationError(errors);
  for (const person of people.values()) {
    person.worked.sort(compareWorked);
    refreshPerson(person);
  }

  const fairnessBaseline = new Map<StaffId, FairnessCounts>();
  for (const entry of input.fairnessBaseline?.entries ?? []) fairnessBaseline.set(entry.staffId, entry.counts);

  const context: RotaContext = {
    settings,
    period: {
      startDate: period.startDate,
      endDate: period.endDate,
      firstDay,
      lastDay,
      start: instantAt(firstDay, 0),
      end: instantAt(lastDay, 1440),
    },
    historyFromDay,
    people,
    shiftTypes,
    locations,
    shifts,
    coverSlots: slots,
    publicHolidayDays: new Set([...publicHolidays].map(dayOf)),
    fairnessBaseline,
    formatInstant: format,
    instantAt,
    absenceFacts,
  };
  return { context, people, slots, slotByShift, assignments, absences, shifts, absenceFacts };
}

/** Start order; ties by assignment id so the order never depends on input order. */
export function compareWorked(a: WorkedShift, b: WorkedShift): number {
  return a.shift.start - b.shift.start || a.shift.end - b.shift.end || (a.assignment.id < b.assignment.id ? -1 : a.assignment.id > b.assignment.id ? 1 : 0);
}

function indexById<T extends { id: string }>(items: readonly T[], field: string, errors: FieldError[]): Map<string, T> {
  const map = new Map<string, T>();
  items.forEach((item, index) => {
    if (map.has(item.id)) errors.push({ field: `${field}[${index}].id`, message: `repeats id ${item.id}` });
    map.set(item.id, item);
  });
  return map;
}

/** shiftTypeId -> (date or weekday) -> requirement. */
function resolveRequirements(
  requirements: readonly CoverRequirement[],
  shiftTypes: ReadonlyMap<string, ShiftType>,
  errors: FieldError[],
): Map<string, Map<IsoDate | number, CoverRequirement>> {
  const byType = new Map<string, Map<IsoDate | number, CoverRequirement>>();
  requirements.forEach((requirement, index) => {
    const type = shiftTypes.get(requirement.shiftTypeId);
    if (!type) {
      errors.push({ field: `coverRequirements[${index}].shiftTypeId`, message: `names no known shift type: ${requirement.shiftTypeId}` });
      return;
    }
    if (type.locationId !== requirement.locationId) {
      errors.push({ field: `coverRequirements[${index}].locationId`, message: `is ${requirement.locationId}, but shift type ${type.id} is worked at ${type.locationId}` });
      return;
    }
    const when = 'date' in requirement.appliesTo ? requirement.appliesTo.date : requirement.appliesTo.weekday;
    let byWhen = byType.get(type.id);
    if (!byWhen) {
      byWhen = new Map<IsoDate | number, CoverRequirement>();
      byType.set(type.id, byWhen);
    }
    if (byWhen.has(when)) {
      errors.push({ field: `coverRequirements[${index}].appliesTo`, message: `repeats the requirement for ${type.id} on ${String(when)}` });
      return;
    }
    byWhen.set(when, requirement);
  });
  return byType;
}

function defaultPublicHolidays(from: IsoDate, to: IsoDate, errors: FieldError[]): IsoDate[] {
  if (!hasBankHolidayData(from) || !hasBankHolidayData(to)) {
    errors.push({ field: 'publicHolidays', message: `bank holidays of England and Wales are known from ${FIRST_DATE_WITH_BANK_HOLIDAYS} to ${LAST_DATE_WITH_BANK_HOLIDAYS} only; give them for ${from} to ${to}` });
    return [];
  }
  return BANK_HOLIDAYS_ENGLAND_AND_WALES.filter((h) => h.date >= from && h.date <= to).map((h) => h.date);
}
