import { tzOffset } from '@date-fns/tz';
import { type IsoDate } from '@recordroom/calendar';

/**
 * An absolute instant as whole minutes since 1970-01-01T00:00Z. Rules compare and subtract these,
 * so every length (rest, overlap, a shift's elapsed time) is right across daylight-saving changes.
 */
export type EpochMinutes = number;

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date: consecutive dates differ by exactly 1. */
export function dayNumber(date: IsoDate): number {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`Not a calendar date (yyyy-mm-dd): ${String(date)}`);
  return Math.round(ms / MS_PER_DAY);
}

/** The calendar date of a day number (inverse of dayNumber). */
export function dateOfDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** UTC offset of `timeZone` at an instant, in minutes east of Greenwich (London: 0 or 60). */
export function offsetMinutesAt(instant: EpochMinutes, timeZone: string): number {
  const offset = tzOffset(timeZone, new Date(instant * MS_PER_MINUTE));
  if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return offset;
}

/**
 * The instant at which the wall clock in `timeZone` shows `minutesAfterMidnight` after the
 * midnight that starts `date` (1470 = 00:30 the next day, for shifts that cross midnight).
 *
 * Daylight-saving edges follow java.time's ZonedDateTime: a wall-clock time that does not exist
 * (01:30 on the spring-forward night in London) moves forward by the gap, to 02:30 BST; a time
 * shown twice (01:30 on the night clocks go back) is the first, BST, occurrence.
 *
 * @example epochMinutesAt('2026-03-29', 16 * 60, 'Europe/London') // 16:00 BST = 15:00Z
 */
export function epochMinutesAt(date: IsoDate, minutesAfterMidnight: number, timeZone: string): EpochMinutes {
  return instantOfLocalMinutes(dayNumber(date) * 1440 + minutesAfterMidnight, timeZone);
}

/** `local` is the wall clock as minutes since 1970-01-01 00:00 read in `timeZone`. */
function instantOfLocalMinutes(local: number, timeZone: string): EpochMinutes {
  // At most one transition happens within a day either side of any wall-clock time.
  const before = offsetMinutesAt(local - 1440, timeZone);
  const after = offsetMinutesAt(local + 1440, timeZone);
  if (before === after) return local - before;
  const valid = [before, after].filter((offset) => offsetMinutesAt(local - offset, timeZone) === offset);
  if (valid.length === 0) return local - before; // in the spring-forward gap: keep the earlier offset, i.e. move forward
  return local - Math.max(...valid); // shown twice: the larger offset is the earlier instant
}

/**
 * epochMinutesAt for one time zone, by day number, remembering each day's offset: a rota
 * converts thousands of shift times, and the offset only changes on the two change days a year.
 * Same results as epochMinutesAt.
 *
 * @example zonedClock('Europe/London')(dayNumber('2026-07-13'), 9 * 60) // 08:00Z
 */
export function zonedClock(timeZone: string): (day: number, minutesAfterMidnight: number) => EpochMinutes {
  offsetMinutesAt(0, timeZone); // throws for an unknown zone now, not at the first use
  const offsetAtDayStart = new Map<number, number>();
  const dayStartOffset = (day: number): number => {
    let offset = offsetAtDayStart.get(day);
    if (offset === undefined) {
      offset = offsetMinutesAt(day * 1440, timeZone);
      offsetAtDayStart.set(day, offset);
    }
    return offset;
  };
  const steadyOffset = new Map<number, number | null>();
  const nearChange = new Map<number, EpochMinutes>();
  return (day, minutesAfterMidnight) => {
    const local = day * 1440 + minutesAfterMidnight;
    const localDay = Math.floor(local / 1440);
    let offset = steadyOffset.get(localDay);
    if (offset === undefined) {
      // One offset from the day before to two days after: no change can touch this day's times.
      const before = dayStartOffset(localDay - 1);
      offset = before === dayStartOffset(localDay + 1) && before === dayStartOffset(localDay + 2) ? before : null;
      steadyOffset.set(localDay, offset);
    }
    if (offset !== null) return local - offset;
    let instant = nearChange.get(local);
    if (instant === undefined) {
      instant = instantOfLocalMinutes(local, timeZone);
      nearChange.set(local, instant);
    }
    return instant;
  };
}

/** The local calendar date and minutes after midnight of an instant in `timeZone`. */
export interface LocalDateTime {
  date: IsoDate;
  minuteOfDay: number;
  /** ISO weekday: 1 = Monday ... 7 = Sunday. */
  weekday: number;
}

/** @example localDateTimeOf(epochMinutesAt('2026-07-13', 540, 'Europe/London'), 'Europe/London') // { date: '2026-07-13', minuteOfDay: 540, weekday: 1 } */
export function localDateTimeOf(instant: EpochMinutes, timeZone: string): LocalDateTime {
  const local = instant + offsetMinutesAt(instant, timeZone);
  const day = Math.floor(local / 1440);
  const weekday = (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: day 0 -> 3 (0 = Monday)
  return { date: dateOfDayNumber(day), minuteOfDay: local - day * 1440, weekday: weekday + 1 };
}
