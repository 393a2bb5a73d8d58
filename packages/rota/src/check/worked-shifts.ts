import { absenceCoversShift, type AbsenceFacts, type WorkedShift } from './rota-context.js';

/**
 * The views of a person's shifts the rules read, worked out once each time the person's
 * assignments or absences change: shifts actually worked (net of approved absence) and those of
 * them dated in the period.
 */
export function actualShifts(worked: readonly WorkedShift[], absences: readonly AbsenceFacts[]): { actual: WorkedShift[]; actualInPeriod: WorkedShift[] } {
  const approved = absences.filter((a) => a.absence.status === 'approved');
  const actual = approved.length === 0 ? [...worked] : worked.filter((w) => !approved.some((a) => absenceCoversShift(a, w.shift)));
  return { actual, actualInPeriod: actual.filter((w) => w.shift.inPeriod) };
}
