import { type IsoDate } from '@recordroom/calendar';
import { type FairnessCounts } from '../fairness/fairness-counts.js';
import { type Absence } from '../model/absence.js';
import { type Assignment } from '../model/assignment.js';
import { type CoverRequirement } from '../model/cover-requirement.js';
import { type Location, type LocationId } from '../model/location.js';
import { type RotaStaffMember, type StaffId } from '../model/rota-staff-member.js';
import { type ShiftType, type ShiftTypeId } from '../model/shift-type.js';
import { type ShiftId } from '../model/shift.js';
import { type StaffPreference } from '../model/staff-preference.js';
import { type RotaSettings } from '../settings/rota-settings.js';
import { type EpochMinutes } from '../time/zoned-instant.js';
import { type ShiftFacts } from './shift-facts.js';

/** An assignment joined with the facts of its shift. */
export interface WorkedShift {
  assignment: Assignment;
  shift: ShiftFacts;
}

/** An absence with its days and instants worked out. */
export interface AbsenceFacts {
  absence: Absence;
  firstDay: number;
  lastDay: number;
  start: EpochMinutes;
  end: EpochMinutes;
  /** True for a part-day absence with its own times. */
  timed: boolean;
}

/** True when the absence takes the person away from the shift. */
export function absenceCoversShift(absence: AbsenceFacts, shift: Pick<ShiftFacts, 'day' | 'start' | 'end'>): boolean {
  return absence.timed ? absence.start < shift.end && shift.start < absence.end : absence.firstDay <= shift.day && shift.day <= absence.lastDay;
}

/** One person as the rules see them. Shift lists are in start order, history included. */
export interface PersonState {
  member: RotaStaffMember;
  name: string;
  /** Whole-time equivalent of the contract (contracted hours / 37.5). */
  wte: number;
  /** Every assignment of the person. */
  worked: readonly WorkedShift[];
  /**
   * The shifts they will actually work: `worked` without those taken away by approved absence
   * (a shift during approved leave is the approved-absence rule's breach and a gap in cover, not
   * hours, rest or a worked day).
   */
  actual: readonly WorkedShift[];
  /** `actual` dated inside the period. */
  actualInPeriod: readonly WorkedShift[];
  absences: readonly AbsenceFacts[];
  /** Preferences dated inside the period. */
  preferences: readonly StaffPreference[];
  daysOff: ReadonlySet<number>;
  patternWeekdays: ReadonlySet<number> | null;
}

/** A shift type on a date with a cover requirement, and who is on it. */
export interface CoverSlot {
  key: string;
  date: IsoDate;
  day: number;
  shiftType: ShiftType;
  location: Location;
  requirement: CoverRequirement;
  /** Dated shifts of this type on this date (usually one). */
  shiftIds: readonly ShiftId[];
  /** Assignments on those shifts, in assignment-id order. */
  assigned: readonly WorkedShift[];
}

/** The rota as every rule reads it. Rules never change it. */
export interface RotaContext {
  settings: RotaSettings;
  period: { startDate: IsoDate; endDate: IsoDate; firstDay: number; lastDay: number; start: EpochMinutes; end: EpochMinutes };
  /** Day number of the first date of history (the period's first day when there is none). */
  historyFromDay: number;
  people: ReadonlyMap<StaffId, PersonState>;
  shiftTypes: ReadonlyMap<ShiftTypeId, ShiftType>;
  locations: ReadonlyMap<LocationId, Location>;
  shifts: ReadonlyMap<ShiftId, ShiftFacts>;
  coverSlots: ReadonlyMap<string, CoverSlot>;
  /** Day numbers of the public holidays from the start of history to the end of the period. */
  publicHolidayDays: ReadonlySet<number>;
  /** Fairness counts from the 12 months before the period, per person (zero when not given). */
  fairnessBaseline: ReadonlyMap<StaffId, FairnessCounts>;
  /** 'Mon 2 Mar 21:00' in the rota's time zone. */
  formatInstant(instant: EpochMinutes): string;
  /** An absence's days and instants in the rota's time zone. */
  absenceFacts(absence: Absence): AbsenceFacts;
  /** The instant of a wall-clock minute after the midnight starting a day number, in the rota's time zone. */
  instantAt(day: number, minutesAfterMidnight: number): EpochMinutes;
}

/** Key of the cover slot of a shift type on a date. */
export function coverSlotKey(date: IsoDate, shiftTypeId: string): string {
  return `${date}|${shiftTypeId}`;
}

/** True when the person is away on approved absence for the shift. */
function isOnApprovedAbsence(person: PersonState, shift: ShiftFacts): boolean {
  for (const absence of person.absences) {
    if (absence.absence.status === 'approved' && absenceCoversShift(absence, shift)) return true;
  }
  return false;
}

/**
 * An assignment that counts towards cover: the person holds the shift's required skill and is
 * not away on approved absence. Gaps are requirement minus these.
 */
export function countsTowardsCover(person: PersonState | undefined, shift: ShiftFacts): boolean {
  if (!person) return false;
  const skill = shift.type.requiredSkill;
  if (skill !== null && !person.member.skills.includes(skill)) return false;
  return !isOnApprovedAbsence(person, shift);
}
