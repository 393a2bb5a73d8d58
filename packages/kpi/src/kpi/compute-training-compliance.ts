import type { IsoDate } from '@recordroom/calendar';
import { ratio, type KpiRatio } from './kpi-ratio.js';

/** One required course for one person, with the date their completion runs out. */
export interface TrainingAssignment {
  staffId: string;
  courseId: string;
  /** Last day the completion is valid; null when never completed. */
  validUntil: IsoDate | null;
}

/**
 * KPI `training-compliance-percent`: required assignments in date on `asOf` (valid until that
 * day or later), of all required assignments.
 *
 * @example computeTrainingCompliance(assignments, '2025-03-31') // { numerator: 19, denominator: 20, percent: 95 }
 */
export function computeTrainingCompliance(assignments: readonly TrainingAssignment[], asOf: IsoDate): KpiRatio {
  const inDate = assignments.filter((a) => a.validUntil !== null && a.validUntil >= asOf).length;
  return ratio(inDate, assignments.length);
}
