import type { IsoDate } from '@recordroom/calendar';
import type { FilingBacklogSnapshot } from '../events/filing-backlog-snapshot.js';
import { workingDaysBetween } from '../time/working-days-between.js';

export interface FilingBacklog {
  takenOn: IsoDate;
  /** KPI `filing-backlog-items`: items waiting, all locations, at the last snapshot. */
  items: number;
  /** KPI `filing-backlog-oldest-working-days`; 0 when nothing is waiting. */
  oldestItemWorkingDays: number;
}

/**
 * The filing backlog at the last snapshot date among `snapshots` (a period's snapshots): items
 * summed over locations, and the working-day age of the oldest waiting item anywhere. Null when
 * there are no snapshots.
 *
 * @example computeFilingBacklog(snapshots) // { takenOn: '2025-03-07', items: 412, oldestItemWorkingDays: 6 }
 */
export function computeFilingBacklog(snapshots: readonly FilingBacklogSnapshot[]): FilingBacklog | null {
  if (snapshots.length === 0) return null;
  const takenOn = snapshots.map((s) => s.takenOn).reduce((a, b) => (b > a ? b : a));
  const last = snapshots.filter((s) => s.takenOn === takenOn);
  const oldest = last
    .map((s) => s.oldestItemReceivedOn)
    .filter((d): d is IsoDate => d !== null)
    .reduce<IsoDate | null>((a, b) => (a === null || b < a ? b : a), null);
  return {
    takenOn,
    items: last.reduce((sum, s) => sum + s.items, 0),
    oldestItemWorkingDays: oldest === null ? 0 : workingDaysBetween(oldest, takenOn),
  };
}
