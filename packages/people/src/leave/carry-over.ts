import { DEFAULT_LEAVE_SETTINGS, type CarryOverCap } from './leave-settings.js';

export interface CarryOver {
  /** Hours into the next leave year: at most the cap; negative for leave taken in advance. */
  carriedHours: number;
  /** Hours above the cap, not carried. */
  lostHours: number;
}

/**
 * What a leave year's remaining hours carry into the next: at most the cap (one week of the
 * person's contracted hours by default, a local policy: see DEFAULT_LEAVE_SETTINGS). A negative
 * balance (leave taken beyond the allowance) is carried in full, to come off next year's.
 *
 * @example carryOver(52.5, 22.5) // { carriedHours: 22.5, lostHours: 30 }
 * @example carryOver(-7.5, 37.5, { kind: 'hours', hours: 15 }) // { carriedHours: -7.5, lostHours: 0 }
 */
export function carryOver(remainingHours: number, contractedHoursPerWeek: number, cap: CarryOverCap = DEFAULT_LEAVE_SETTINGS.carryOverCap): CarryOver {
  if (remainingHours <= 0) return { carriedHours: remainingHours, lostHours: 0 };
  const capHours = cap.kind === 'hours' ? cap.hours : cap.weeks * contractedHoursPerWeek;
  const carriedHours = Math.min(remainingHours, Math.max(capHours, 0));
  return { carriedHours, lostHours: remainingHours - carriedHours };
}
