import { type IsoDate } from '@recordroom/calendar';
import { type EpochMinutes } from '@recordroom/rota';
import { type ZonedTime } from '../time/london-time.js';

/**
 * The three kinds of time AfC pays differently (handbook Section 2, pay-and-costs.md §5):
 * plain; the lower unsocial rate (all of Saturday, weekday hours in the night window 20:00-06:00);
 * the higher rate (all of Sunday and general public holidays, midnight to midnight).
 */
export type TimeBand = 'plain' | 'lower' | 'higher';

/** A run of minutes of one kind on one local date. */
export interface TimeSegment {
  date: IsoDate;
  band: TimeBand;
  /** A general public holiday: overtime on it is double time. */
  publicHoliday: boolean;
  /** Elapsed minutes: right across daylight-saving changes. */
  minutes: number;
  /** The segment's first minute, for ordering. */
  start: EpochMinutes;
}

export interface TimeBandCalendar {
  time: ZonedTime;
  /** General public holidays of the nation (England and Wales: @recordroom/calendar isBankHoliday). */
  isPublicHoliday: (date: IsoDate) => boolean;
  /** Wall-clock minutes of the weekday lower-rate window: 20:00-06:00 is { from: 1200, to: 360 }. */
  weekdayWindow: { from: number; to: number };
}

/** A period of work: [start, end) as instants, with unpaid break minutes inside it. */
export interface WorkPeriod {
  start: EpochMinutes;
  end: EpochMinutes;
  unpaidBreakMinutes: number;
}

function bandAt(date: IsoDate, weekday: number, minute: number, calendar: TimeBandCalendar, publicHoliday: boolean): TimeBand {
  if (weekday === 7 || publicHoliday) return 'higher';
  if (weekday === 6) return 'lower';
  const { from, to } = calendar.weekdayWindow;
  const inWindow = from > to ? minute >= from || minute < to : minute >= from && minute < to;
  return inWindow ? 'lower' : 'plain';
}

interface Prepared {
  /** The wall-clock minutes at which the kind of time can change: window edges and midnight. */
  edges: readonly number[];
  /** isPublicHoliday remembered per date (the calendar's own check validates the date each time). */
  publicHoliday: Map<IsoDate, boolean>;
}

const prepared = new WeakMap<TimeBandCalendar, Prepared>();

function prepare(calendar: TimeBandCalendar): Prepared {
  let ready = prepared.get(calendar);
  if (!ready) {
    const edges = [...new Set([calendar.weekdayWindow.from, calendar.weekdayWindow.to, 1440])].filter((edge) => edge > 0).sort((a, b) => a - b);
    prepared.set(calendar, (ready = { edges, publicHoliday: new Map() }));
  }
  return ready;
}

function split(from: EpochMinutes, to: EpochMinutes, calendar: TimeBandCalendar, ready: Prepared, into: TimeSegment[]): void {
  const { edges } = ready;
  let at = from;
  while (at < to) {
    const localMinutes = calendar.time.localMinutesOf(at);
    const dayNumber = Math.floor(localMinutes / 1440);
    const minuteOfDay = localMinutes - dayNumber * 1440;
    const local = calendar.time.localDay(dayNumber);
    let publicHoliday = ready.publicHoliday.get(local.date);
    if (publicHoliday === undefined) ready.publicHoliday.set(local.date, (publicHoliday = calendar.isPublicHoliday(local.date)));
    const band = bandAt(local.date, local.weekday, minuteOfDay, calendar, publicHoliday);
    let nextEdge = 1440;
    for (const edge of edges) {
      if (edge > minuteOfDay) {
        nextEdge = edge;
        break;
      }
    }
    const until = Math.min(to, calendar.time.instantAt(local.date, nextEdge));
    // A wall-clock edge inside a daylight-saving gap can map back onto `at`; step a minute then.
    const end = until > at ? until : at + 1;
    const last = into.at(-1);
    // Runs of one kind on one date are one segment, the break between them notwithstanding: same rate.
    if (last && last.band === band && last.date === local.date) last.minutes += end - at;
    else into.push({ date: local.date, band, publicHoliday, minutes: end - at, start: at });
    at = end;
  }
}

/**
 * Splits paid time into plain, lower and higher runs, exactly at the window edges and midnight
 * (not by the "majority of the shift" reading, which is a local payroll choice: pay-and-costs.md
 * §5 marks it unverified). The unpaid break is taken out of the middle of the shift, so a break
 * in a shift that straddles 20:00 costs the rate in force at its midpoint: a documented modelling
 * choice, since rotas do not record when the break was taken.
 *
 * @example
 * // Sunday 2025-11-30 16:00 to Monday 00:30, no break: 480 higher minutes, then 30 lower.
 * timeBandSegments({ start, end, unpaidBreakMinutes: 0 }, englandCalendar)
 */
export function timeBandSegments(period: WorkPeriod, calendar: TimeBandCalendar): TimeSegment[] {
  const elapsed = period.end - period.start;
  if (!(elapsed >= 0)) throw new RangeError('A period of work cannot end before it starts');
  if (!(period.unpaidBreakMinutes >= 0) || period.unpaidBreakMinutes > elapsed) throw new RangeError('The unpaid break must be between 0 and the length of the shift');
  const breakStart = period.start + Math.floor((elapsed - period.unpaidBreakMinutes) / 2);
  const breakEnd = breakStart + period.unpaidBreakMinutes;
  const ready = prepare(calendar);
  const segments: TimeSegment[] = [];
  split(period.start, breakStart, calendar, ready, segments);
  split(breakEnd, period.end, calendar, ready, segments);
  return segments;
}
