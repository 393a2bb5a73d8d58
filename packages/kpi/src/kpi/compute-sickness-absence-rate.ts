import { ratio, type KpiRatio } from './kpi-ratio.js';

/** One person's sickness figures for a period, in calendar days (the NHS counts every day). */
export interface SicknessAbsenceDays {
  /** Whole-time equivalent of the contract (0.6 for 22.5 h of 37.5). */
  wte: number;
  /** Calendar days in the period the person was employed. */
  daysAvailable: number;
  /** Calendar days in the period the person was off sick. */
  daysLost: number;
}

/**
 * KPI `sickness-absence-percent`: FTE days lost ÷ FTE days available × 100, the NHS England
 * (ESR) definition on a calendar-day basis (../shared/domain/absence.md §2, [V]; FTE weighting [D]).
 *
 * @example computeSicknessAbsenceRate([{ wte: 1, daysAvailable: 30, daysLost: 3 }]) // percent 10
 */
export function computeSicknessAbsenceRate(staff: readonly SicknessAbsenceDays[]): KpiRatio {
  const lost = staff.reduce((sum, s) => sum + s.wte * s.daysLost, 0);
  const available = staff.reduce((sum, s) => sum + s.wte * s.daysAvailable, 0);
  return ratio(lost, available);
}
