import { type IsoDate } from '@recordroom/calendar';
import { type StaffId } from './rota-staff-member.js';
import { type ShiftTypeId } from './shift-type.js';

/**
 * A person's wish about one date: 'on' (would like to work `shiftTypeId`, or any shift when null)
 * or 'off' (would rather not work `shiftTypeId`, or any shift when null). Working a different
 * shift breaks an 'on' request for a named shift type and satisfies an 'off' request for one.
 * Weight: how much it matters, 1 (a little) upwards; the benchmark uses 1-3.
 */
export interface StaffPreference {
  staffId: StaffId;
  date: IsoDate;
  shiftTypeId: ShiftTypeId | null;
  kind: 'on' | 'off';
  weight: number;
}
