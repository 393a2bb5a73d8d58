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
  /** The wall clock as minutes since 1970-01-01 00:00 local: allocation-free, for hot loops. */
  localMinutesOf(instant: EpochMinutes): number;
  /** The date and weekday of a local day number (localMinutes ÷ 1440), remembered. */
  localDay(day: number): { date: IsoDate; weekday: number };
  /** The instant the wall clock shows `minuteOfDay` after the midnight starting `date` (1440 = next midnight). */
  instantAt(date: IsoDate, minuteOfDay: number): EpochMinutes;
}

const MS_PER_MINUTE = 60_000;
/** Near a transition, offsets are found per quarter hour: every zone's transitions fall on a quarter hour. */
const OFFSET_BUCKET_MINUTES = 15;

/**
 * A ZonedTime that remembers offsets and day starts, with the same results as @recordroom/rota's
 * localDateTimeOf and epochMinutesAt (which ask Intl on every call: microseconds each, too slow
 * for 500,000 shifts).
 */
export function zonedTime(timeZone: string): ZonedTime {
  const ask = (instant: EpochMinutes): number => {
    const offset = tzOffset(timeZone, new Date(instant * MS_PER_MINUTE));
    if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${timeZone}`);
    return offset;
  };
  // Intl takes tens of microseconds per question, so ask twice per UTC day: a day whose start
  // and end have one offset has it throughout; only the two change days a year ask per bucket.
  const steady = new Map<number, number | null>();
  const nearChange = new Map<number, number>();
  const instants = new Map<IsoDate, Map<number, EpochMinutes>>();
  const dates = new Map<number, { date: IsoDate; weekday: number }>();
  const offsetAt = (instant: EpochMinutes): number => {
    const day = Math.floor(instant / 1440);
    let offset = steady.get(day);
    if (offset === undefined) {
      const start = ask(day * 1440);
      offset = start === ask(day * 1440 + 1439) ? start : null;
      steady.set(day, offset);
    }
    if (offset !== null) return offset;
    const bucket = Math.floor(instant / OFFSET_BUCKET_MINUTES);
    let precise = nearChange.get(bucket);
    if (precise === undefined) nearChange.set(bucket, (precise = ask(bucket * OFFSET_BUCKET_MINUTES)));
    return precise;
  };
  const localDay = (day: number): { date: IsoDate; weekday: number } => {
    let known = dates.get(day);
    if (!known) {
      // 1970-01-01 was a Thursday (ISO weekday 4).
      known = { date: new Date(day * 86_400_000).toISOString().slice(0, 10), weekday: ((((day + 3) % 7) + 7) % 7) + 1 };
      dates.set(day, known);
    }
    return known;
  };
  return {
    timeZone,
    localMinutesOf: (instant) => instant + offsetAt(instant),
    localDay,
    localOf(instant) {
      const local = instant + offsetAt(instant);
      const day = Math.floor(local / 1440);
      const known = localDay(day);
      return { date: known.date, minuteOfDay: local - day * 1440, weekday: known.weekday };
    },
    instantAt(date, minuteOfDay) {
      let ofDate = instants.get(date);
      if (!ofDate) instants.set(date, (ofDate = new Map<number, number>()));
      let instant = ofDate.get(minuteOfDay);
      if (instant === undefined) ofDate.set(minuteOfDay, (instant = epochMinutesAt(date, minuteOfDay, timeZone)));
      return instant;
    },
  };
}
