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

/**
 * Runs of one kind of time, as parallel arrays reused from shift to shift: costing a trust's year
 * makes no object per segment (half a million shifts' worth of garbage was a third of the time).
 */
export interface SegmentBuffer {
  count: number;
  date: IsoDate[];
  band: TimeBand[];
  publicHoliday: boolean[];
  minutes: number[];
  start: EpochMinutes[];
}

export function segmentBuffer(): SegmentBuffer {
  return { count: 0, date: [], band: [], publicHoliday: [], minutes: [], start: [] };
}

/**
 * A local day laid out once: its date, whether it is a public holiday, and the instants at which
 * the kind of time can change (window edges, then the next midnight) with the kind up to each.
 */
interface DayPlan {
  date: IsoDate;
  publicHoliday: boolean;
  /** Wall-clock minutes of each boundary, ascending; the last is 1440. */
  edges: readonly number[];
  /** The instant of each boundary. */
  until: EpochMinutes[];
  /** The kind of time before each boundary (from the previous one). */
  bands: TimeBand[];
}

interface Prepared {
  /** The wall-clock minutes at which the kind of time can change: window edges and midnight. */
  edges: readonly number[];
  /** Day plans by local day number (local minutes ÷ 1440). */
  days: Map<number, DayPlan>;
}

const prepared = new WeakMap<TimeBandCalendar, Prepared>();

function prepare(calendar: TimeBandCalendar): Prepared {
  let ready = prepared.get(calendar);
  if (!ready) {
    const edges = [...new Set([calendar.weekdayWindow.from, calendar.weekdayWindow.to, 1440])].filter((edge) => edge > 0).sort((a, b) => a - b);
    prepared.set(calendar, (ready = { edges, days: new Map() }));
  }
  return ready;
}

function dayPlan(dayNumber: number, calendar: TimeBandCalendar, ready: Prepared): DayPlan {
  let plan = ready.days.get(dayNumber);
  if (!plan) {
    const local = calendar.time.localDay(dayNumber);
    const publicHoliday = calendar.isPublicHoliday(local.date);
    const { edges } = ready;
    plan = {
      date: local.date,
      publicHoliday,
      edges,
      until: edges.map((edge) => calendar.time.instantAt(local.date, edge)),
      // The kind is the same from one edge to the next: take it at the interval's first minute.
      bands: edges.map((_, k) => bandAt(local.date, local.weekday, k === 0 ? 0 : (edges[k - 1] ?? 0), calendar, publicHoliday)),
    };
    ready.days.set(dayNumber, plan);
  }
  return plan;
}

function split(from: EpochMinutes, to: EpochMinutes, calendar: TimeBandCalendar, ready: Prepared, into: SegmentBuffer): void {
  let at = from;
  while (at < to) {
    const localMinutes = calendar.time.localMinutesOf(at);
    const dayNumber = Math.floor(localMinutes / 1440);
    const minuteOfDay = localMinutes - dayNumber * 1440;
    const plan = dayPlan(dayNumber, calendar, ready);
    let k = 0;
    while (k < plan.edges.length - 1 && (plan.edges[k] ?? 1440) <= minuteOfDay) k += 1;
    const band = plan.bands[k] ?? 'plain';
    const until = Math.min(to, plan.until[k] ?? to);
    // A wall-clock edge inside a daylight-saving gap can map back onto `at`; step a minute then.
    const end = until > at ? until : at + 1;
    const last = into.count - 1;
    // Runs of one kind on one date are one segment, the break between them notwithstanding: same rate.
    if (last >= 0 && into.band[last] === band && into.date[last] === plan.date) into.minutes[last] = (into.minutes[last] ?? 0) + end - at;
    else {
      const n = into.count;
      into.date[n] = plan.date;
      into.band[n] = band;
      into.publicHoliday[n] = plan.publicHoliday;
      into.minutes[n] = end - at;
      into.start[n] = at;
      into.count = n + 1;
    }
    at = end;
  }
}

/** Splits paid time into `into` (emptied first), as timeBandSegments does; returns the paid minutes. */
export function splitPaidTime(period: WorkPeriod, calendar: TimeBandCalendar, into: SegmentBuffer): number {
  const elapsed = period.end - period.start;
  if (!(elapsed >= 0)) throw new RangeError('A period of work cannot end before it starts');
  if (!(period.unpaidBreakMinutes >= 0) || period.unpaidBreakMinutes > elapsed) throw new RangeError('The unpaid break must be between 0 and the length of the shift');
  const breakStart = period.start + Math.floor((elapsed - period.unpaidBreakMinutes) / 2);
  const breakEnd = breakStart + period.unpaidBreakMinutes;
  const ready = prepare(calendar);
  into.count = 0;
  split(period.start, breakStart, calendar, ready, into);
  split(breakEnd, period.end, calendar, ready, into);
  let paid = 0;
  for (let i = 0; i < into.count; i++) paid += into.minutes[i] ?? 0;
  return paid;
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
  const buffer = segmentBuffer();
  splitPaidTime(period, calendar, buffer);
  const segments: TimeSegment[] = [];
  for (let i = 0; i < buffer.count; i++) {
    segments.push({ date: buffer.date[i] ?? '', band: buffer.band[i] ?? 'plain', publicHoliday: buffer.publicHoliday[i] ?? false, minutes: buffer.minutes[i] ?? 0, start: buffer.start[i] ?? 0 });
  }
  return segments;
}
