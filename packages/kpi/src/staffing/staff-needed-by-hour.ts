import { probabilityOfWait, serviceLevel, trafficErlangs, type ServiceLevelMeasure } from './erlang.js';
import { assertWeekdayHourGrid, type WeekdayHourGrid } from './weekday-hour-grid.js';

/** Staff needed in one hour of the week to meet the service-level target. */
export interface StaffingNeed {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  hour: number;
  arrivalsPerHour: number;
  trafficErlangs: number;
  /** Fewest staff meeting the target; null when no number of staff can (or not within maxStaff). */
  staffNeeded: number | null;
  /** The service level with `staffNeeded` staff. */
  serviceLevel: number | null;
  /** Erlang C with `staffNeeded` staff. */
  probabilityOfWait: number | null;
}

export interface StaffNeededOptions {
  /** Default 'wait' (textbook Erlang C); 'response' counts handling time inside the target. */
  measure?: ServiceLevelMeasure;
  /** Stop looking beyond this many staff in an hour; default 1000. */
  maxStaff?: number;
}

/**
 * Staff needed for each hour of the week (Erlang C): the fewest staff whose service level for the
 * hour's arrival rate reaches `targetServiceLevel` (e.g. 0.9 for 90% within the target minutes).
 * Staff here are those working requests, before breaks and other duties (shrinkage) are allowed for.
 *
 * @example
 * staffNeededByHour(arrivals, 12, 30, 0.9).find((c) => c.weekday === 1 && c.hour === 9)?.staffNeeded // 3
 */
export function staffNeededByHour(
  arrivalRatesByWeekdayHour: WeekdayHourGrid,
  meanHandlingMinutes: number,
  targetMinutes: number,
  targetServiceLevel: number,
  options: StaffNeededOptions = {},
): StaffingNeed[] {
  assertWeekdayHourGrid(arrivalRatesByWeekdayHour, 'arrivalRatesByWeekdayHour');
  if (!(targetServiceLevel > 0 && targetServiceLevel < 1)) {
    throw new RangeError(`targetServiceLevel must be between 0 and 1 (exclusive), got ${targetServiceLevel}`);
  }
  const measure = options.measure ?? 'wait';
  const maxStaff = options.maxStaff ?? 1000;
  return arrivalRatesByWeekdayHour.flatMap((row, day) =>
    row.map((arrivalsPerHour, hour): StaffingNeed => {
      const traffic = trafficErlangs(arrivalsPerHour, meanHandlingMinutes);
      const base = { weekday: day + 1, hour, arrivalsPerHour, trafficErlangs: traffic };
      if (arrivalsPerHour === 0) return { ...base, staffNeeded: 0, serviceLevel: 1, probabilityOfWait: 0 };
      const level = (agents: number): number =>
        serviceLevel({ agents, arrivalsPerHour, meanHandlingMinutes, targetMinutes, measure });
      for (let agents = Math.floor(traffic) + 1; agents <= maxStaff; agents++) {
        const reached = level(agents);
        if (reached >= targetServiceLevel) {
          return { ...base, staffNeeded: agents, serviceLevel: reached, probabilityOfWait: probabilityOfWait(agents, traffic) };
        }
        // With handling inside the target, even unlimited staff cannot beat P(handling ≤ target).
        if (measure === 'response' && targetServiceLevel >= 1 - Math.exp(-targetMinutes / meanHandlingMinutes)) break;
      }
      return { ...base, staffNeeded: null, serviceLevel: null, probabilityOfWait: null };
    }),
  );
}
