import { tzOffset } from '@date-fns/tz';
import { type IsoDate } from '@recordroom/calendar';
import { epochMinutesAt, type EpochMinutes } from '@recordroom/rota';

/** Local date, minute of the day and ISO weekday (1 = Monday ... 7 = Sunday) of an instant. */
export interface LocalMoment {
  date: IsoDate;
  minuteOfDay: number;
  weekday: number;
}

/** Converts between instants and a time zone's wall clock, fast enough to cost a trust's year of shifts. */
export interface ZonedTime {
  timeZone: string;
  localOf(instant: EpochMinutes): LocalMoment;
  /** The instant the wall clock shows `minuteOfDay` after the midnight starting `date` (1440 = next midnight). */
  instantAt(date: IsoDate, minuteOfDay: number): EpochMinutes;
}

const MS_PER_MINUTE = 60_000;
/** Offsets are remembered per quarter hour: every zone's transitions fall on a quarter hour. */
const OFFSET_BUCKET_MINUTES = 15;

/**
 * A ZonedTime that remembers offsets and day starts, with the same results as @recordroom/rota's
 * localDateTimeOf and epochMinutesAt (which ask Intl on every call: microseconds each, too slow
 * for 500,000 shifts).
 */
export function zonedTime(timeZone: string): ZonedTime {
  const offsets = new Map<number, number>();
  const instants = new Map<string, EpochMinutes>();
  const dates = new Map<number, { date: IsoDate; weekday: number }>();
  const offsetAt = (instant: EpochMinutes): number => {
    const bucket = Math.floor(instant / OFFSET_BUCKET_MINUTES);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      offset = tzOffset(timeZone, new Date(bucket * OFFSET_BUCKET_MINUTES * MS_PER_MINUTE));
      if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${timeZone}`);
      offsets.set(bucket, offset);
    }
    return offset;
  };
  return {
    timeZone,
    localOf(instant) {
      const local = instant + offsetAt(instant);
      const day = Math.floor(local / 1440);
      let known = dates.get(day);
      if (!known) {
        // 1970-01-01 was a Thursday (ISO weekday 4).
        known = { date: new Date(day * 86_400_000).toISOString().slice(0, 10), weekday: ((((day + 3) % 7) + 7) % 7) + 1 };
        dates.set(day, known);
      }
      return { date: known.date, minuteOfDay: local - day * 1440, weekday: known.weekday };
    },
    instantAt(date, minuteOfDay) {
      const key = `${date}|${minuteOfDay}`;
      let instant = instants.get(key);
      if (instant === undefined) {
        instant = epochMinutesAt(date, minuteOfDay, timeZone);
        instants.set(key, instant);
      }
      return instant;
    },
  };
}
