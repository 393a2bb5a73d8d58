import { Injectable } from '@nestjs/common';
import { type IsoDate } from '@recordroom/calendar';
import { type RotaPeriodStatus } from '@recordroom/rota';
import { type EntityManager } from 'typeorm';
import { RotaPeriodEntity } from './entities/rota-period.entity.js';

type NewPeriod = Pick<RotaPeriodEntity, 'organisationId' | 'departmentId' | 'name' | 'startDate' | 'endDate' | 'status'>;

/** Rota periods: finding, creating, moving through their statuses, and the version every edit moves on. */
@Injectable()
export class RotaPeriodsRepository {
  findOfDepartment(em: EntityManager, organisationId: string, departmentId: string): Promise<RotaPeriodEntity[]> {
    return em.getRepository(RotaPeriodEntity).find({ where: { organisationId, departmentId }, order: { startDate: 'DESC' } });
  }

  /** A period of the organisation, optionally locked for update. */
  findInOrganisation(em: EntityManager, organisationId: string, id: string, lock = false): Promise<RotaPeriodEntity | null> {
    return em.getRepository(RotaPeriodEntity).findOne({ where: { id, organisationId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** A period known to exist (its id came from a row that references it), optionally locked. */
  findKnown(em: EntityManager, id: string, lock = false): Promise<RotaPeriodEntity> {
    return em.getRepository(RotaPeriodEntity).findOneOrFail({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** Locks the department row: one period is created at a time per department, so two overlapping creates cannot both pass. */
  async lockDepartmentForNewPeriod(em: EntityManager, departmentId: string): Promise<void> {
    await em.query('SELECT id FROM department WHERE id = $1 FOR UPDATE', [departmentId]);
  }

  /** The name of a period of the department overlapping the dates, if there is one. */
  async nameOfOverlapping(em: EntityManager, departmentId: string, startDate: IsoDate, endDate: IsoDate): Promise<string | null> {
    const rows: { name: string }[] = await em.query('SELECT name FROM rota_period WHERE department_id = $1 AND start_date <= $3 AND end_date >= $2 LIMIT 1', [departmentId, startDate, endDate]);
    return rows[0]?.name ?? null;
  }

  /** The department's first period overlapping the dates: the rota a leave request is checked against. */
  findFirstOverlapping(em: EntityManager, departmentId: string, startDate: IsoDate, endDate: IsoDate): Promise<RotaPeriodEntity | null> {
    return em
      .getRepository(RotaPeriodEntity)
      .createQueryBuilder('p')
      .where('p.department_id = :departmentId AND p.end_date >= :startDate AND p.start_date <= :endDate', { departmentId, startDate, endDate })
      .orderBy('p.start_date')
      .getOne();
  }

  async insertPeriod(em: EntityManager, period: NewPeriod): Promise<string> {
    const { identifiers } = await em.insert(RotaPeriodEntity, period);
    return (identifiers[0] as { id: string }).id;
  }

  /** Moves the period to `status` (with its publication fields) and its version on by one. */
  async changeStatus(em: EntityManager, id: string, status: RotaPeriodStatus, published: Partial<Pick<RotaPeriodEntity, 'publishedAt' | 'publishedBy'>>): Promise<RotaPeriodEntity> {
    await em.update(RotaPeriodEntity, { id }, { status, ...published, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(RotaPeriodEntity).findOneByOrFail({ id });
  }

  /** Moves the period's version on by one after a change to its shifts or assignments; returns the new version. */
  async bumpVersion(em: EntityManager, periodId: string): Promise<number> {
    const rows: [{ version: number }[], number] = await em.query('UPDATE rota_period SET version = version + 1, updated_at = now() WHERE id = $1 RETURNING version', [periodId]);
    return rows[0][0]?.version ?? 0;
  }
}
