import { type IsoDate } from '@recordroom/calendar';
import { type WallClockTime } from '../time/wall-clock-time.js';
import { type StaffId } from './rota-staff-member.js';

export type AbsenceId = string;

/** Kinds of absence, as the issue names them. */
export const ABSENCE_KINDS = ['annual-leave', 'sickness', 'training', 'study', 'special'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

/** An absence is requested by the person, then approved or declined by a manager or officer. */
export const ABSENCE_STATUSES = ['requested', 'approved', 'declined'] as const;
export type AbsenceStatus = (typeof ABSENCE_STATUSES)[number];

/** Kinds as they read in a sentence: `approved ${ABSENCE_KIND_LABELS['annual-leave']}`. */
export const ABSENCE_KIND_LABELS: Readonly<Record<AbsenceKind, string>> = {
  'annual-leave': 'annual leave',
  sickness: 'sickness absence',
  training: 'training',
  study: 'study leave',
  special: 'special leave',
};

/**
 * Time away from the rota. Whole days from `startDate` to `endDate`, both included; a single-day
 * absence may give `startTime` and `endTime` for part of the day (a morning's training).
 * A shift clashes with a whole-day absence when the shift's date is one of its days, so a night
 * shift ending on the morning leave starts is not a clash.
 */
export interface Absence {
  id: AbsenceId;
  staffId: StaffId;
  kind: AbsenceKind;
  status: AbsenceStatus;
  startDate: IsoDate;
  endDate: IsoDate;
  startTime?: WallClockTime;
  endTime?: WallClockTime;
}
