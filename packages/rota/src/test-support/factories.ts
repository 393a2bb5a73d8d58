import { type IsoDate } from '@recordroom/calendar';
import { type RotaInput } from '../check/rota-input.js';
import { zeroFairnessCounts, type FairnessCounts } from '../fairness/fairness-counts.js';
import { type FairnessLedger } from '../fairness/fairness-ledger.js';
import { type Absence } from '../model/absence.js';
import { type Assignment, type AssignmentSource } from '../model/assignment.js';
import { type CoverRequirement } from '../model/cover-requirement.js';
import { type Location } from '../model/location.js';
import { type RotaStaffMember } from '../model/rota-staff-member.js';
import { type ShiftType } from '../model/shift-type.js';
import { type Shift } from '../model/shift.js';
import { type StaffPreference } from '../model/staff-preference.js';
import { type RotaSettingsOverrides } from '../settings/rota-settings.js';

const LOCATIONS: readonly Location[] = [
  { id: 'library', name: 'Records library', kind: 'records-library' },
  { id: 'reception', name: 'Outpatient reception', kind: 'outpatient-reception' },
  { id: 'ae', name: 'A&E records desk', kind: 'a-and-e-records-desk' },
];

export function aShiftType(overrides: Partial<ShiftType> = {}): ShiftType {
  return {
    id: 'early',
    code: 'E',
    name: 'Early',
    start: '07:00',
    end: '15:00',
    endsNextDay: false,
    unpaidBreakMinutes: 30,
    locationId: 'library',
    requiredSkill: null,
    ...overrides,
  };
}

/** Shift types of a records department, by id. */
export const SHIFT_TYPES = {
  early: aShiftType(),
  late: aShiftType({ id: 'late', code: 'L', name: 'Late', start: '13:00', end: '21:00' }),
  day: aShiftType({ id: 'day', code: 'D', name: 'Reception day', start: '08:00', end: '16:30', locationId: 'reception', requiredSkill: 'reception' }),
  'ae-evening': aShiftType({
    id: 'ae-evening',
    code: 'AE',
    name: 'A&E evening',
    start: '16:00',
    end: '00:30',
    endsNextDay: true,
    locationId: 'ae',
    requiredSkill: 'a-and-e-desk',
  }),
  'ae-night': aShiftType({ id: 'ae-night', code: 'N', name: 'A&E night', start: '22:00', end: '07:00', endsNextDay: true, unpaidBreakMinutes: 60, locationId: 'ae', requiredSkill: 'a-and-e-desk' }),
  morning: aShiftType({ id: 'morning', code: 'M', name: 'Library morning', start: '08:00', end: '12:00', unpaidBreakMinutes: 0 }),
  afternoon: aShiftType({ id: 'afternoon', code: 'A', name: 'Reception afternoon', start: '12:30', end: '16:30', unpaidBreakMinutes: 0, locationId: 'reception' }),
  long: aShiftType({ id: 'long', code: 'LD', name: 'Long day', start: '08:00', end: '14:30', unpaidBreakMinutes: 0 }),
} as const satisfies Record<string, ShiftType>;

export function aStaffMember(overrides: Partial<RotaStaffMember> = {}): RotaStaffMember {
  return {
    id: 'ann',
    firstName: 'Ann',
    lastName: 'Smith',
    skills: ['filing', 'tracking', 'reception', 'a-and-e-desk'],
    contractedHoursPerWeek: 37.5,
    workingTimeOptOut: false,
    contractType: 'permanent',
    ...overrides,
  };
}

export const ANN = aStaffMember();
export const BO = aStaffMember({ id: 'bo', firstName: 'Bo', lastName: 'Jones', skills: ['filing', 'reception'], contractedHoursPerWeek: 22.5, workingPattern: { weekdays: [1, 2, 3] } });
export const CY = aStaffMember({ id: 'cy', firstName: 'Cy', lastName: 'Patel', skills: ['filing', 'scanning'] });

export function anAbsence(overrides: Partial<Absence> = {}): Absence {
  return { id: 'leave-1', staffId: 'ann', kind: 'annual-leave', status: 'approved', startDate: '2026-03-02', endDate: '2026-03-06', ...overrides };
}

export function aCoverRequirement(overrides: Partial<CoverRequirement> = {}): CoverRequirement {
  return { id: 'cover-1', locationId: 'library', shiftTypeId: 'early', appliesTo: { weekday: 1 }, minimum: 1, ideal: 1, ...overrides };
}

/** [staff id, shift type, date] or with a source. */
export type Work = readonly [string, string, IsoDate] | readonly [string, string, IsoDate, AssignmentSource];

export interface RotaFixture {
  period?: { startDate: IsoDate; endDate: IsoDate };
  historyFrom?: IsoDate;
  staff?: readonly RotaStaffMember[];
  shiftTypes?: readonly ShiftType[];
  work?: readonly Work[];
  /** Dated shifts to create without anyone on them: [shift type, date]. */
  emptyShifts?: readonly (readonly [string, IsoDate])[];
  absences?: readonly Absence[];
  coverRequirements?: readonly CoverRequirement[];
  preferences?: readonly StaffPreference[];
  publicHolidays?: readonly IsoDate[];
  settings?: RotaSettingsOverrides;
  extra?: Partial<RotaInput>;
}

function shiftId(type: string, date: IsoDate): string {
  return `${type}@${date}`;
}

function assignmentId(staffId: string, type: string, date: IsoDate): string {
  return `${staffId}:${type}@${date}`;
}

/**
 * A small rota: the department's locations and shift types, Ann, Bo and Cy, and whoever works
 * what. Shifts are created for every (type, date) worked; ids are 'late@2026-03-02' and
 * 'ann:late@2026-03-02'. The period defaults to the four weeks from Monday 2 March 2026.
 */
export function aRota(fixture: RotaFixture = {}): RotaInput {
  const shifts = new Map<string, Shift>();
  const addShift = (type: string, date: IsoDate): string => {
    const id = shiftId(type, date);
    if (!shifts.has(id)) shifts.set(id, { id, shiftTypeId: type, date });
    return id;
  };
  for (const [type, date] of fixture.emptyShifts ?? []) addShift(type, date);
  const assignments: Assignment[] = (fixture.work ?? []).map(([staffId, type, date, source]) => ({
    id: assignmentId(staffId, type, date),
    shiftId: addShift(type, date),
    staffId,
    source: source ?? 'manual',
  }));
  return {
    period: fixture.period ?? { startDate: '2026-03-02', endDate: '2026-03-29' },
    ...(fixture.historyFrom ? { historyFrom: fixture.historyFrom } : {}),
    locations: LOCATIONS,
    shiftTypes: fixture.shiftTypes ?? Object.values(SHIFT_TYPES),
    shifts: [...shifts.values()],
    assignments,
    staff: fixture.staff ?? [ANN, BO, CY],
    absences: fixture.absences ?? [],
    coverRequirements: fixture.coverRequirements ?? [],
    preferences: fixture.preferences ?? [],
    ...(fixture.publicHolidays ? { publicHolidays: fixture.publicHolidays } : {}),
    ...(fixture.settings ? { settings: fixture.settings } : {}),
    ...fixture.extra,
  };
}

/** Dates from `from` for `count` days: consecutive working days for a fixture. */
export function daysFrom(from: IsoDate, count: number): IsoDate[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

/** A fairness ledger holding only counts, as a rota's baseline: { dee: { 'a-and-e-evenings': 10 } }. */
export function aFairnessBaseline(counts: Readonly<Record<string, Partial<FairnessCounts>>>, referenceDate: IsoDate = '2026-03-02'): FairnessLedger {
  const entries = Object.entries(counts).map(([staffId, partial]) => {
    const full = { ...zeroFairnessCounts(), ...partial };
    const standing = (count: number) => ({ count, perWte: null, expected: null, deviation: null });
    return {
      staffId,
      name: staffId,
      wte: 1,
      counts: full,
      standings: { 'a-and-e-evenings': standing(full['a-and-e-evenings']), weekends: standing(full.weekends), 'public-holidays': standing(full['public-holidays']) },
    };
  });
  return { referenceDate, from: referenceDate, to: referenceDate, teamRates: zeroFairnessCounts(), entries };
}
