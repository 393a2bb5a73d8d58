import { type IsoDate } from '@recordroom/calendar';
import { type FairnessLedger } from '../fairness/fairness-ledger.js';
import { type Absence } from '../model/absence.js';
import { type Assignment } from '../model/assignment.js';
import { type CoverRequirement } from '../model/cover-requirement.js';
import { type Location } from '../model/location.js';
import { type RotaStaffMember } from '../model/rota-staff-member.js';
import { type ShiftType } from '../model/shift-type.js';
import { type Shift } from '../model/shift.js';
import { type StaffPreference } from '../model/staff-preference.js';
import { type RotaSettingsOverrides } from '../settings/rota-settings.js';

/** Dates from `startDate` to `endDate`, both included. A RotaPeriod is one. */
export interface DateRange {
  startDate: IsoDate;
  endDate: IsoDate;
}

/**
 * Everything the rules need about one rota period, as plain data.
 *
 * Shifts and assignments before the period are history: they are read by the rules that look
 * back (rest, consecutive days, the 17-week average) but never reported on by themselves.
 * Pass at least 16 weeks of history for the 48-hour average: days before `historyFrom` are
 * assumed worked at the person's contracted hours.
 */
export interface RotaInput {
  period: DateRange;
  /** First date of the history supplied; defaults to the period's start (no history). */
  historyFrom?: IsoDate;
  locations: readonly Location[];
  shiftTypes: readonly ShiftType[];
  shifts: readonly Shift[];
  assignments: readonly Assignment[];
  staff: readonly RotaStaffMember[];
  absences?: readonly Absence[];
  coverRequirements?: readonly CoverRequirement[];
  preferences?: readonly StaffPreference[];
  /** Public holidays; defaults to those of England and Wales from @recordroom/calendar. */
  publicHolidays?: readonly IsoDate[];
  /** A&E evenings, weekends and public holidays worked in the 12 months before the period. */
  fairnessBaseline?: FairnessLedger;
  settings?: RotaSettingsOverrides;
}
