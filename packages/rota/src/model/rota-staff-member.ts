import { type IsoDate } from '@recordroom/calendar';
import { type ContractType, type StaffMember } from '@recordroom/people';
import { type IsoWeekday } from './iso-weekday.js';
import { type LocationId } from './location.js';
import { type ShiftTypeId } from './shift-type.js';

export type StaffId = string;

/**
 * A fixed weekly working pattern, typically a part-time contract's agreed days ("Mon, Tue, Wed").
 * Shifts on other days are additional hours that need the person's agreement.
 */
export interface WorkingPattern {
  weekdays: readonly IsoWeekday[];
}

/**
 * Personal limits that override the department settings for one person: contract terms, or the
 * per-employee limits of a benchmark instance. Absent fields fall back to the settings.
 */
export interface PersonalLimits {
  /** Most shifts of each type in the rota period; 0 means never (the benchmark's skills). */
  maximumShiftsPerType?: Readonly<Record<ShiftTypeId, number>>;
  minimumTotalMinutes?: number;
  maximumTotalMinutes?: number;
  minimumConsecutiveDays?: number;
  maximumConsecutiveDays?: number;
  minimumConsecutiveDaysOff?: number;
  maximumWeekends?: number;
}

/**
 * The part of a staff member the rota needs: a StaffMember from @recordroom/people fits, and so
 * does a bank or agency worker described only by these fields.
 */
export interface RotaStaffMember extends Pick<StaffMember, 'id' | 'firstName' | 'lastName' | 'skills' | 'contractedHoursPerWeek' | 'workingTimeOptOut'> {
  contractType?: ContractType;
  /** Where the person normally works: leave clash rules by location count people by this. */
  homeLocationId?: LocationId | null;
  workingPattern?: WorkingPattern | null;
  /** Dates the person must not be rostered on (agreed non-availability). */
  daysOff?: readonly IsoDate[];
  limits?: PersonalLimits;
}

/** @example fullName({ firstName: 'Ann', lastName: 'Smith' }) // 'Ann Smith' */
export function fullName(person: Pick<RotaStaffMember, 'firstName' | 'lastName'>): string {
  return `${person.firstName} ${person.lastName}`.trim();
}
