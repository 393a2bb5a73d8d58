import { type Skill } from '@recordroom/people';
import { minuteOfDay, type WallClockTime } from '../time/wall-clock-time.js';
import { type LocationId } from './location.js';

export type ShiftTypeId = string;

/**
 * A shift template: when it runs on the wall clock, where, and the skill it needs. A shift type
 * that crosses midnight says so with `endsNextDay` (an A&E evening 16:00-00:30), so an end before
 * the start is never guessed to mean "tomorrow" (see validateShiftType).
 */
export interface ShiftType {
  id: ShiftTypeId;
  /** Short code shown on the rota grid: 'E', 'L', 'AE-EVE'. */
  code: string;
  /** 'Library early', 'A&E evening'. */
  name: string;
  start: WallClockTime;
  end: WallClockTime;
  /** True when `end` is on the day after `start`. */
  endsNextDay: boolean;
  /** Unpaid meal break, in minutes, taken inside the shift. */
  unpaidBreakMinutes: number;
  /** Paid break, in minutes (0 when none); counts towards the 20-minute rest break, not to pay. */
  paidBreakMinutes?: number;
  locationId: LocationId;
  requiredSkill: Skill | null;
}

/**
 * Wall-clock length in minutes, before any daylight-saving change (16:00-00:30 is 510). The real
 * length of a dated shift comes from its instants: see ShiftFacts.
 *
 * @example wallClockMinutes({ start: '16:00', end: '00:30', endsNextDay: true }) // 510
 */
export function wallClockMinutes(type: Pick<ShiftType, 'start' | 'end' | 'endsNextDay'>): number {
  return minuteOfDay(type.end) + (type.endsNextDay ? 1440 : 0) - minuteOfDay(type.start);
}
