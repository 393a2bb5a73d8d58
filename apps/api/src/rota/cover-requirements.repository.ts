import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { CoverRequirementEntity } from './entities/cover-requirement.entity.js';

export type CoverValues = Pick<CoverRequirementEntity, 'locationId' | 'shiftTypeId' | 'weekday' | 'date' | 'minimum' | 'ideal' | 'skillMix'>;

/** Cover requirements of a department: how many people of a shift type a location needs on a weekday or date. */
@Injectable()
export class CoverRequirementsRepository {
  findOfDepartment(em: EntityManager, organisationId: string, departmentId: string): Promise<CoverRequirementEntity[]> {
    return em.getRepository(CoverRequirementEntity).find({ where: { organisationId, departmentId }, order: { shiftTypeId: 'ASC', weekday: 'ASC', date: 'ASC' } });
  }

  lockInOrganisation(em: EntityManager, organisationId: string, id: string): Promise<CoverRequirementEntity | null> {
    return em.getRepository(CoverRequirementEntity).findOne({ where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(em: EntityManager, values: CoverValues & Pick<CoverRequirementEntity, 'organisationId' | 'departmentId'>): Promise<CoverRequirementEntity> {
    const { identifiers } = await em.insert(CoverRequirementEntity, values);
    return em.getRepository(CoverRequirementEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  /** Writes the values and moves the version on by one; the caller has checked the version under lock. */
  async update(em: EntityManager, id: string, values: CoverValues): Promise<CoverRequirementEntity> {
    await em.update(CoverRequirementEntity, { id }, { ...values, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(CoverRequirementEntity).findOneByOrFail({ id });
  }

  async delete(em: EntityManager, id: string): Promise<void> {
    await em.delete(CoverRequirementEntity, { id });
  }
}
