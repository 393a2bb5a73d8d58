import type { IsoDate } from '@recordroom/calendar';
import type { SubjectAccessRequest } from '../events/subject-access-request.js';
import { ratio, type KpiRatio } from '../kpi/kpi-ratio.js';
import { sarDueDate } from './sar-due-date.js';

/**
 * The due date of a logged SAR, from its receipt, clock start, pauses and extension.
 *
 * @example dueDateOf({ id: 'S1', receivedOn: '2025-01-31', clockStartsOn: null, pauses: [], extended: false, completedOn: null }) // '2025-02-28'
 */
export function dueDateOf(sar: SubjectAccessRequest): IsoDate | null {
  return sarDueDate(sar.receivedOn, { clockStartsOn: sar.clockStartsOn, pauses: sar.pauses, extension: sar.extended });
}

/**
 * KPI `sar-on-time-percent` for SARs due from `from` to `to` (inclusive): completed on or before
 * the due date, of those already decided on `asOf` (completed, or due before `asOf` and still
 * open, which makes them late). A SAR not yet due and still open is not counted either way;
 * a SAR whose clock is stopped has no due date and is not counted.
 *
 * @example computeSarOnTime(sars, { from: '2025-03-01', to: '2025-03-31', asOf: '2025-04-02' })
 * // { numerator: 9, denominator: 10, percent: 90 }
 */
export function computeSarOnTime(
  sars: readonly SubjectAccessRequest[],
  period: { from: IsoDate; to: IsoDate; asOf: IsoDate },
): KpiRatio {
  let due = 0;
  let onTime = 0;
  for (const sar of sars) {
    const dueOn = dueDateOf(sar);
    if (dueOn === null || dueOn < period.from || dueOn > period.to) continue;
    const decided = sar.completedOn !== null || dueOn < period.asOf;
    if (!decided) continue;
    due++;
    if (sar.completedOn !== null && sar.completedOn <= dueOn) onTime++;
  }
  return ratio(onTime, due);
}
