import { type IsoDate } from '@recordroom/calendar';
import { type ShiftTypeId } from './shift-type.js';

export type ShiftId = string;

/**
 * A dated shift: a shift type worked on a date. `date` is the day the shift starts, so an A&E
 * evening dated Saturday ends at 00:30 on Sunday and counts as a Saturday shift in every
 * day-based rule (consecutive days, weekends, days off, public holidays).
 */
export interface Shift {
  id: ShiftId;
  shiftTypeId: ShiftTypeId;
  date: IsoDate;
}
