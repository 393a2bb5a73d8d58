import { z } from 'zod';
import { isoDate } from './rota-fields.js';

export const myShiftsQuery = z.strictObject({ from: isoDate.optional(), to: isoDate.optional() });
export type MyShiftsQuery = z.infer<typeof myShiftsQuery>;

export interface MyShiftDto {
  date: string;
  start: string;
  end: string;
  endsNextDay: boolean;
  shiftTypeCode: string;
  shiftTypeName: string;
  locationName: string;
  periodName: string;
  assignmentId: string;
  /** Part of a swap waiting for a decision (offered by me, or asked of me in exchange). */
  swapPending: boolean;
  /** May be offered in a swap: a published rota, not yet started, no swap pending. */
  offerable: boolean;
}

export interface CalendarFeedDto {
  url: string;
  createdAt: string;
}
