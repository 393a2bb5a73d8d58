import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { LocationEntity } from '../organisation/location.entity.js';
import { ShiftTypeEntity } from './entities/shift-type.entity.js';

export type ShiftTypeValues = Pick<ShiftTypeEntity, 'code' | 'name' | 'startTime' | 'endTime' | 'endsNextDay' | 'unpaidBreakMinutes' | 'paidBreakMinutes' | 'locationId' | 'requiredSkill'>;

/** Shift types of a department, and the department's locations they are worked at. */
@Injectable()
export class ShiftTypesRepository {
  findOfDepartment(em: EntityManager, organisationId: string, departmentId: string): Promise<ShiftTypeEntity[]> {
    return em.getRepository(ShiftTypeEntity).find({ where: { organisationId, departmentId }, order: { startTime: 'ASC', code: 'ASC' } });
  }

  lockInOrganisation(em: EntityManager, organisationId: string, id: string): Promise<ShiftTypeEntity | null> {
    return em.getRepository(ShiftTypeEntity).findOne({ where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  async isOfDepartment(em: EntityManager, organisationId: string, departmentId: string, id: string): Promise<boolean> {
    const type = await em.getRepository(ShiftTypeEntity).findOneBy({ id, organisationId });
    return type?.departmentId === departmentId;
  }

  /** The location a shift type is worked at, or null when the id names no shift type of the department. */
  async locationOf(em: EntityManager, organisationId: string, departmentId: string, id: string): Promise<string | null> {
    const type = await em.getRepository(ShiftTypeEntity).findOneBy({ id, organisationId, departmentId });
    return type?.locationId ?? null;
  }

  /** Whether cover is asked of this shift type at a location other than the given one. */
  async hasCoverElsewhere(em: EntityManager, id: string, locationId: string): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT 1 FROM cover_requirement WHERE shift_type_id = $1 AND location_id <> $2 LIMIT 1', [id, locationId]);
    return rows.length > 0;
  }

  async codeTaken(em: EntityManager, departmentId: string, code: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT 1 FROM shift_type WHERE department_id = $1 AND code = $2 AND id IS DISTINCT FROM $3', [departmentId, code, exceptId]);
    return rows.length > 0;
  }

  async insert(em: EntityManager, values: ShiftTypeValues & Pick<ShiftTypeEntity, 'organisationId' | 'departmentId'>): Promise<ShiftTypeEntity> {
    const { identifiers } = await em.insert(ShiftTypeEntity, values);
    return em.getRepository(ShiftTypeEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  /** Writes the values and moves the version on by one; the caller has checked the version under lock. */
  async update(em: EntityManager, id: string, values: ShiftTypeValues): Promise<ShiftTypeEntity> {
    await em.update(ShiftTypeEntity, { id }, { ...values, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(ShiftTypeEntity).findOneByOrFail({ id });
  }

  async isLocationOfDepartment(em: EntityManager, organisationId: string, departmentId: string, locationId: string): Promise<boolean> {
    const location = await em.getRepository(LocationEntity).findOneBy({ id: locationId, organisationId });
    return location?.departmentId === departmentId;
  }

  async locationNames(em: EntityManager, organisationId: string, departmentId: string): Promise<Map<string, string>> {
    const rows = await em.getRepository(LocationEntity).find({ where: { organisationId, departmentId } });
    return new Map(rows.map((l) => [l.id, l.name]));
  }
}
