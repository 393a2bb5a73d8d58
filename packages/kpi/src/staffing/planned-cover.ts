import type { StaffingNeed } from './staff-needed-by-hour.js';
import { assertWeekdayHourGrid, type WeekdayHourGrid } from './weekday-hour-grid.js';

export interface CoverComparison {
  weekday: number;
  hour: number;
  staffNeeded: number | null;
  planned: number;
  /** Staff short of the need (0 when covered); null when the need cannot be met. */
  shortfall: number | null;
  status: 'covered' | 'under-staffed' | 'unattainable';
}

/**
 * Sets the rota's planned cover (staff on duty for the work, per weekday and hour) beside the
 * staff needed, flagging each hour that is under-staffed.
 *
 * @example compareWithPlannedCover(needed, plannedFromRota).filter((c) => c.status === 'under-staffed')
 */
export function compareWithPlannedCover(needed: readonly StaffingNeed[], planned: WeekdayHourGrid): CoverComparison[] {
  assertWeekdayHourGrid(planned, 'planned');
  return needed.map(({ weekday, hour, staffNeeded }) => {
    const onDuty = (planned[weekday - 1] as readonly number[])[hour] as number;
    if (staffNeeded === null) return { weekday, hour, staffNeeded, planned: onDuty, shortfall: null, status: 'unattainable' };
    const shortfall = Math.max(0, staffNeeded - onDuty);
    return { weekday, hour, staffNeeded, planned: onDuty, shortfall, status: shortfall > 0 ? 'under-staffed' : 'covered' };
  });
}
