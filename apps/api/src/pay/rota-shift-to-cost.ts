import { type ShiftToCost } from '@recordroom/pay';
import { epochMinutesAt, minuteOfDay } from '@recordroom/rota';
import { TIME_ZONE } from '../time/clock.js';

/** A shift type's times as stored (wall clock in London, HH:MM). */
export interface ShiftTimes {
  startTime: string;
  endTime: string;
  endsNextDay: boolean;
  unpaidBreakMinutes: number;
}

/**
 * A dated shift as the pay functions cost it: [start, end) as instants, as the rota checker
 * places it (an end past midnight is the next day's wall clock, so the nights the clocks change
 * are an hour shorter or longer), with its unpaid break.
 */
export function shiftToCost(id: string, date: string, times: ShiftTimes): ShiftToCost {
  const start = minuteOfDay(times.startTime);
  const end = minuteOfDay(times.endTime) + (times.endsNextDay ? 1440 : 0);
  return { id, start: epochMinutesAt(date, start, TIME_ZONE), end: epochMinutesAt(date, end, TIME_ZONE), unpaidBreakMinutes: times.unpaidBreakMinutes };
}

/** An instant as epoch minutes (call-outs are logged as timestamps). */
export function epochMinutesOf(instant: Date): number {
  return Math.floor(instant.getTime() / 60_000);
}
