import type { RotaPeriodDto } from '@recordroom/contracts';
import { formatDate } from '../../format/format-date';

/**
 * The planner table's caption: "Shifts for Rota 30 Nov 2026 to 27 Dec 2026". The dates are added
 * only when the period's name does not already carry them (a name with a year in it does), so a
 * screen reader does not hear them twice.
 */
export function plannerCaption(period: Pick<RotaPeriodDto, 'name' | 'startDate' | 'endDate'>): string {
  return /\b\d{4}\b/.test(period.name) ? `Shifts for ${period.name}` : `Shifts for ${period.name}, ${formatDate(period.startDate)} to ${formatDate(period.endDate)}`;
}
