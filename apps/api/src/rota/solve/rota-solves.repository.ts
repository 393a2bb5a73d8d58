import { Injectable } from '@nestjs/common';
import { type SolvePreviewDto, type SolveProgressDto, type SolveStatus } from '@recordroom/contracts';
import { type EntityManager } from 'typeorm';
import { RotaSolveEntity } from './rota-solve.entity.js';

const UNDER_WAY: readonly SolveStatus[] = ['queued', 'running'];

/** Solve records: every query about them, named for what it is for. */
@Injectable()
export class RotaSolvesRepository {
  async insert(em: EntityManager, solve: Pick<RotaSolveEntity, 'id' | 'organisationId' | 'departmentId' | 'periodId' | 'jobId' | 'mode' | 'options' | 'baseVersion' | 'requestedBy'>): Promise<void> {
    await em.insert(RotaSolveEntity, { ...solve, status: 'queued' });
  }

  findInOrganisation(em: EntityManager, organisationId: string, id: string, lock = false): Promise<RotaSolveEntity | null> {
    return em.getRepository(RotaSolveEntity).findOne({ where: { id, organisationId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  findById(em: EntityManager, id: string): Promise<RotaSolveEntity | null> {
    return em.getRepository(RotaSolveEntity).findOneBy({ id });
  }

  /** The latest solves of a period, newest first. */
  findOfPeriod(em: EntityManager, periodId: string, limit = 20): Promise<RotaSolveEntity[]> {
    return em.getRepository(RotaSolveEntity).find({ where: { periodId }, order: { createdAt: 'DESC' }, take: limit });
  }

  hasUnderWay(em: EntityManager, periodId: string): Promise<boolean> {
    return em.getRepository(RotaSolveEntity).createQueryBuilder('s').where('s.period_id = :periodId AND s.status IN (:...statuses)', { periodId, statuses: UNDER_WAY }).getExists();
  }

  /** Moves a queued solve to running, if it is still queued (not cancelled meanwhile); false otherwise. */
  async claim(em: EntityManager, id: string, baseVersion: number): Promise<boolean> {
    const rows: unknown[] = await em.query(
      `UPDATE rota_solve SET status = 'running', base_version = $2, started_at = now(), heartbeat_at = now(), version = version + 1, updated_at = now()
        WHERE id = $1 AND status = 'queued' AND cancel_requested_at IS NULL RETURNING id`,
      [id, baseVersion],
    );
    return firstRows(rows).length > 0;
  }

  /** Writes progress and the heartbeat; answers whether someone has asked to cancel. */
  async beat(em: EntityManager, id: string, progress: SolveProgressDto | null): Promise<{ cancelRequested: boolean }> {
    const rows = firstRows(
      await em.query(`UPDATE rota_solve SET progress = COALESCE($2::jsonb, progress), heartbeat_at = now() WHERE id = $1 AND status = 'running' RETURNING cancel_requested_at`, [
        id,
        progress === null ? null : JSON.stringify(progress),
      ]),
    ) as { cancel_requested_at: Date | null }[];
    return { cancelRequested: rows[0] === undefined || rows[0].cancel_requested_at !== null };
  }

  /** Ends a solve that is under way; false if it had already ended (e.g. marked failed as stale). */
  async finish(em: EntityManager, id: string, outcome: { status: SolveStatus; preview?: SolvePreviewDto | null; failure?: string | null; progress?: SolveProgressDto | null }): Promise<boolean> {
    const rows = firstRows(
      await em.query(
        `UPDATE rota_solve SET status = $2, preview = COALESCE($3::jsonb, preview), failure = $4, progress = COALESCE($5::jsonb, progress),
                finished_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND status IN ('queued', 'running') RETURNING id`,
        [id, outcome.status, outcome.preview ? JSON.stringify(outcome.preview) : null, outcome.failure ?? null, outcome.progress ? JSON.stringify(outcome.progress) : null],
      ),
    );
    return rows.length > 0;
  }

  async requestCancel(em: EntityManager, id: string): Promise<void> {
    await em.query('UPDATE rota_solve SET cancel_requested_at = COALESCE(cancel_requested_at, now()), updated_at = now() WHERE id = $1', [id]);
  }

  /** A decision on a finished solve (accepted, rejected): bumps its version. */
  async decide(em: EntityManager, id: string, status: 'accepted' | 'rejected'): Promise<void> {
    await em.query('UPDATE rota_solve SET status = $2, version = version + 1, updated_at = now() WHERE id = $1', [id, status]);
  }

  /**
   * Marks failed every running solve whose replica has written no heartbeat for `staleSeconds`
   * (it died: SIGKILL, lost host). The database's clock judges it, the one clock every replica
   * shares; the API's Clock is the business time, which tests pin.
   */
  async failStale(em: EntityManager, staleSeconds: number, failure: string): Promise<string[]> {
    const rows = firstRows(
      await em.query(
        `UPDATE rota_solve SET status = 'failed', failure = $2, finished_at = now(), version = version + 1, updated_at = now()
          WHERE status = 'running' AND heartbeat_at < now() - make_interval(secs => $1) RETURNING id`,
        [staleSeconds, failure],
      ),
    ) as { id: string }[];
    return rows.map((r) => r.id);
  }
}

/** TypeORM answers an UPDATE ... RETURNING with [rows, count]. */
function firstRows(result: unknown): unknown[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as unknown[];
  return Array.isArray(result) ? result : [];
}
