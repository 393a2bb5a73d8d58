import { type LocationKind, type Skill } from '@recordroom/people';
import { type IsoWeekday } from '@recordroom/rota';

/** A shift type as the demo department runs it, placed by the kind of location it staffs. */
export interface ShiftTypeTemplate {
  code: string;
  name: string;
  start: string;
  end: string;
  endsNextDay: boolean;
  unpaidBreakMinutes: number;
  locationKind: LocationKind;
  requiredSkill: Skill | null;
}

/**
 * The department's shifts. Every shift of 6 hours or more carries a 30-minute unpaid break, which
 * is also the 20-minute rest break of WTR reg. 12 (../shared/domain/working-time.md). The A&E
 * evening ends at 00:30 the next day, the desk's last handover before the night porters take it.
 */
export const SHIFT_TYPE_TEMPLATES: readonly ShiftTypeTemplate[] = [
  { code: 'LE', name: 'Library early', start: '07:00', end: '15:00', endsNextDay: false, unpaidBreakMinutes: 30, locationKind: 'records-library', requiredSkill: 'filing' },
  { code: 'D', name: 'Day', start: '09:00', end: '17:00', endsNextDay: false, unpaidBreakMinutes: 30, locationKind: 'outpatient-reception', requiredSkill: 'reception' },
  { code: 'L', name: 'Late', start: '12:00', end: '20:00', endsNextDay: false, unpaidBreakMinutes: 30, locationKind: 'records-library', requiredSkill: 'filing' },
  { code: 'AE', name: 'A&E evening', start: '16:00', end: '00:30', endsNextDay: true, unpaidBreakMinutes: 30, locationKind: 'a-and-e-records-desk', requiredSkill: 'a-and-e-desk' },
  { code: 'WAE', name: 'Weekend A&E', start: '08:00', end: '16:00', endsNextDay: false, unpaidBreakMinutes: 30, locationKind: 'a-and-e-records-desk', requiredSkill: 'a-and-e-desk' },
  { code: 'OD', name: 'Office day', start: '09:00', end: '17:00', endsNextDay: false, unpaidBreakMinutes: 30, locationKind: 'coding-office', requiredSkill: null },
];

/** Head count wanted on a shift type on some weekdays. */
export interface CoverTemplate {
  shiftTypeCode: string;
  weekdays: readonly IsoWeekday[];
  minimum: number;
  ideal: number;
}

const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5];
const WEEKEND: readonly IsoWeekday[] = [6, 7];
const EVERY_DAY: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];

/**
 * Cover: A&E evenings every day, weekend A&E on Saturdays and Sundays, the library and outpatients
 * on weekdays, and the back office (coding, scanning, access requests) on weekdays.
 */
export const COVER_TEMPLATES: readonly CoverTemplate[] = [
  { shiftTypeCode: 'AE', weekdays: EVERY_DAY, minimum: 1, ideal: 2 },
  { shiftTypeCode: 'WAE', weekdays: WEEKEND, minimum: 1, ideal: 2 },
  { shiftTypeCode: 'LE', weekdays: WEEKDAYS, minimum: 2, ideal: 3 },
  { shiftTypeCode: 'L', weekdays: WEEKDAYS, minimum: 1, ideal: 2 },
  { shiftTypeCode: 'D', weekdays: WEEKDAYS, minimum: 2, ideal: 3 },
  { shiftTypeCode: 'OD', weekdays: WEEKDAYS, minimum: 2, ideal: 10 },
];
