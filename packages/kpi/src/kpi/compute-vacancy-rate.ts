import { ratio, type KpiRatio } from './kpi-ratio.js';

/** Establishment and staff in post for one line of the establishment (a band in a cost centre). */
export interface EstablishmentLine {
  fundedWte: number;
  inPostWte: number;
}

/**
 * KPI `vacancy-percent`: (funded WTE − WTE in post) ÷ funded WTE × 100 over the whole
 * establishment, so a surplus on one line offsets a gap on another; negative when over
 * establishment. Bank and agency cover do not fill a vacancy.
 *
 * @example computeVacancyRate([{ fundedWte: 10, inPostWte: 9 }]) // percent 10
 */
export function computeVacancyRate(lines: readonly EstablishmentLine[]): KpiRatio {
  const funded = lines.reduce((sum, l) => sum + l.fundedWte, 0);
  const inPost = lines.reduce((sum, l) => sum + l.inPostWte, 0);
  return ratio(funded - inPost, funded);
}
