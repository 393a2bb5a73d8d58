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
}

export interface CalendarFeedDto {
  url: string;
  createdAt: string;
}
