import type { ClinicPull } from '../events/clinic-pull.js';
import { ratio, type KpiRatio } from './kpi-ratio.js';

/**
 * KPI `clinic-availability-percent`: attendances whose main folder was present at clinic start,
 * of attendances needing notes.
 *
 * @example computeClinicAvailability(pulls) // { numerator: 98, denominator: 100, percent: 98 }
 */
export function computeClinicAvailability(pulls: readonly ClinicPull[]): KpiRatio {
  return ratio(pulls.filter((p) => p.notesAvailableAtStart).length, pulls.length);
}
