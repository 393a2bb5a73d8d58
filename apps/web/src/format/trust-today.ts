import { isoDateIn, type IsoDate } from '@recordroom/calendar';

/**
 * The wall clock the department works to. The trusts Recordroom serves are in England and Wales,
 * so "today" and "this month" are read in London time, not the browser's or UTC: at 00:30 BST on
 * 1 April it is already April on the ward, though UTC still says March.
 */
export const TRUST_TIME_ZONE = 'Europe/London';

/** Today's date on the trust's wall clock (yyyy-mm-dd). */
export function trustToday(now: Date = new Date()): IsoDate {
  return isoDateIn(now, TRUST_TIME_ZONE);
}

/** This month on the trust's wall clock (yyyy-mm). */
export function trustMonth(now: Date = new Date()): string {
  return trustToday(now).slice(0, 7);
}
