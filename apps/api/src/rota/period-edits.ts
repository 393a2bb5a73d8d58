import { type EntityManager } from 'typeorm';
import { type CurrentUser } from '../auth/current-user.js';
import { staleVersion, unprocessable } from '../http/problem.js';
import { RotaPeriodEntity } from './entities/rota-period.entity.js';
import { type RotaAccess } from './rota-access.js';

/**
 * Locks a period for a change to its shifts or assignments and checks the caller's view of it is
 * current: a stale `periodVersion` is 409, a finalised period never changes, and a published one
 * changes only with a reason, which the audit trail keeps.
 */
export async function lockPeriodForEdit(em: EntityManager, access: RotaAccess, user: CurrentUser, periodId: string, periodVersion: number, reason: string | undefined): Promise<RotaPeriodEntity> {
  const period = await access.period(user, periodId, em, true);
  if (period.version !== periodVersion) throw staleVersion('rota period', periodVersion, period.version);
  if (period.status === 'finalised') throw unprocessable([{ field: 'periodId', message: 'is a finalised rota: the record of what was worked, which cannot change' }]);
  if (period.status === 'published' && !reason) throw unprocessable([{ field: 'reason', message: 'is required: the rota is published, so say why it changes' }]);
  return period;
}

/** Moves the period's version on by one after a change; returns the new version. */
export async function bumpPeriodVersion(em: EntityManager, periodId: string): Promise<number> {
  const rows: [{ version: number }[], number] = await em.query('UPDATE rota_period SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version', [periodId]);
  return rows[0][0]?.version ?? 0;
}

