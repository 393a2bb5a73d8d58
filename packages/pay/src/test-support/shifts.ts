import { epochMinutesAt } from '@recordroom/rota';
import { type ShiftToCost } from '../cost/cost-person-shifts.js';

let next = 0;

/** A shift on a London date from a wall-clock start to an end (an end at or before the start is the next day). */
export function aShift(date: string, from: string, to: string, unpaidBreakMinutes = 0): ShiftToCost {
  const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const start = minutes(from);
  const end = minutes(to) <= start ? minutes(to) + 1440 : minutes(to);
  next += 1;
  return { id: `shift-${next}`, start: epochMinutesAt(date, start, 'Europe/London'), end: epochMinutesAt(date, end, 'Europe/London'), unpaidBreakMinutes };
}
