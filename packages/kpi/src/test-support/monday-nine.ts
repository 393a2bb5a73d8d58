import { weekdayHourGrid } from '../staffing/weekday-hour-grid.js';

/** Arrival rates with `arrivals` per hour on Mondays 09:00-09:59 and none in any other hour. */
export function mondayNine(arrivals: number): number[][] {
  const grid = weekdayHourGrid();
  (grid[0] as number[])[9] = arrivals;
  return grid;
}
