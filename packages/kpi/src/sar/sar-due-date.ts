import { addDays, addMonthsClamped, daysBetween, onOrNextWorkingDay, type IsoDate } from '@recordroom/calendar';
import type { SarPause } from '../events/subject-access-request.js';

/**
 * One calendar month: UK GDPR Art. 12(3) as read by the ICO right-of-access guidance
 * (records-service-standards.md §3 [V]; GDPR from 25 May 2018, UK GDPR from 1 Jan 2021).
 */
export const SAR_RESPONSE_MONTHS = 1;
/**
 * Extension by a further two months, three from the start: UK GDPR Art. 12(3), ICO guidance
 * (records-service-standards.md §3 [V]; same dates).
 */
export const SAR_EXTENDED_RESPONSE_MONTHS = 3;

export interface SarClockOptions {
  /**
   * The day identity, a fee or other information asked for arrived, when later than receipt:
   * the month runs from then (ICO: "from the day you receive the request, fee or other
   * requested information").
   */
  clockStartsOn?: IsoDate | null;
  /** Periods the clock stood still awaiting clarification (ICO "stop the clock", Oct 2020). */
  pauses?: readonly SarPause[];
  /** Extended by two months for a complex request or a number of requests. */
  extension?: boolean;
}

/**
 * The statutory response date of a subject access request under UK GDPR, per the ICO:
 * from the start day to the corresponding calendar date one month later (three when extended);
 * the last day of that month when it has no such date (31 January → 28 or 29 February); then,
 * if that day is a weekend or an England and Wales bank holiday, the next working day.
 *
 * Each pause for clarification adds its days (`from` up to the day `to` it resumed) to the
 * calendar deadline before the working-day step: the ICO says the clock stops but not how to
 * count the restart, so this is Recordroom's reading [D]. Returns null while a pause is open
 * (no due date while the clock is stopped). Throws outside 2015-2030, the years with bank holidays.
 *
 * @example sarDueDate('2025-01-31') // '2025-02-28'
 * @example sarDueDate('2025-01-31', { extension: true }) // '2025-04-30'
 */
export function sarDueDate(received: IsoDate, options: SarClockOptions = {}): IsoDate | null {
  const start = options.clockStartsOn ?? received;
  if (start < received) throw new RangeError(`clockStartsOn ${start} is before the request was received (${received})`);
  let pausedDays = 0;
  for (const pause of options.pauses ?? []) {
    if (pause.to === null) return null;
    if (pause.to < pause.from) throw new RangeError(`SAR pause ends (${pause.to}) before it starts (${pause.from})`);
    pausedDays += daysBetween(pause.from, pause.to);
  }
  const months = options.extension === true ? SAR_EXTENDED_RESPONSE_MONTHS : SAR_RESPONSE_MONTHS;
  return onOrNextWorkingDay(addDays(addMonthsClamped(start, months), pausedDays));
}
