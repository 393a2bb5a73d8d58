import { type IsoDate } from '@recordroom/calendar';
import { type IsoWeekday } from '../model/iso-weekday.js';
import { type Location } from '../model/location.js';
import { type ShiftType } from '../model/shift-type.js';
import { type Shift } from '../model/shift.js';
import { type EpochMinutes } from '../time/zoned-instant.js';

/**
 * A dated shift with everything rules ask of it worked out once: its instants in UTC epoch
 * minutes (so lengths are right across daylight-saving changes), pay and work minutes, and the
 * day facts that fairness and day-based rules use.
 */
export interface ShiftFacts {
  shift: Shift;
  type: ShiftType;
  location: Location;
  date: IsoDate;
  /** Day number of `date` (see dayNumber). */
  day: number;
  weekday: IsoWeekday;
  start: EpochMinutes;
  end: EpochMinutes;
  /** end - start: 9 h 30 min for a 22:00-07:30 night on the night clocks go back. */
  elapsedMinutes: number;
  /** elapsedMinutes - unpaid break. */
  paidMinutes: number;
  /** elapsedMinutes - all breaks: working time for the 20-minute break rule. */
  workMinutes: number;
  /** The longest single break inside the shift. */
  longestBreakMinutes: number;
  inPeriod: boolean;
  weekend: boolean;
  publicHoliday: boolean;
  aAndEEvening: boolean;
  /** 'late shift', 'A&E evening shift': reads after "the". */
  label: string;
}

/** 'Late' -> 'late shift'; 'A&E evening' keeps its capitals. */
export function shiftLabel(type: Pick<ShiftType, 'name'>): string {
  const name = type.name.trim();
  const second = name.charAt(1);
  const lowered = second !== '' && second === second.toLowerCase() && second !== second.toUpperCase() ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  return /shift$/i.test(lowered) ? lowered : `${lowered} shift`;
}
