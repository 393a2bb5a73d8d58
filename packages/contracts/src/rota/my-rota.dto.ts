import { z } from 'zod';
import { dateWithBankHolidayData } from '../common/fields.js';
import { type SwapShiftDto } from './swap-options.dto.js';

export const myShiftsQuery = z.strictObject({ from: dateWithBankHolidayData.optional(), to: dateWithBankHolidayData.optional() });
export type MyShiftsQuery = z.infer<typeof myShiftsQuery>;

/** GET /rota/me/shifts: one of my shifts in a published or finalised period: what a swap shows of it, and more. */
export interface MyShiftDto extends SwapShiftDto {
  locationName: string;
  periodName: string;
  /** Part of a swap waiting for a decision (offered by me, or asked of me in exchange). */
  swapPending: boolean;
  /** May be offered in a swap: a published rota, not yet started, no swap pending. */
  offerable: boolean;
}

/**
 * A calendar feed. Only the token's hash is stored, so the address comes back only from POST
 * /rota/me/calendar-feed (when made): GET answers `url: null` for an existing feed, or JSON `null`.
 */
export interface CalendarFeedDto {
  url: string | null;
  createdAt: string;
}

/** POST /rota/me/calendar-feed: the new feed, with its secret address shown this once. */
export interface NewCalendarFeedDto extends CalendarFeedDto {
  url: string;
}
