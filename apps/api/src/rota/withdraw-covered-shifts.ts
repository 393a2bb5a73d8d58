import { type EntityManager } from 'typeorm';
import { type AbsenceEntity } from './entities/absence.entity.js';
import { type RotaPeriodsRepository } from './periods.repository.js';
import { type ShiftsRepository } from './shifts.repository.js';

/**
 * Approved absence takes the person off the shifts it covers, in every period not yet finalised,
 * bumping each period's version so open planners reload. Returns the assignments taken away.
 */
export async function withdrawCoveredShifts(em: EntityManager, shifts: ShiftsRepository, periods: RotaPeriodsRepository, absence: AbsenceEntity): Promise<string[]> {
  const covered = await shifts.findCoveredByAbsence(em, absence);
  if (covered.length === 0) return [];
  await shifts.deleteAssignments(em, covered.map((a) => a.id));
  for (const periodId of new Set(covered.map((a) => a.periodId))) await periods.bumpVersion(em, periodId);
  return covered.map((a) => a.id);
}
