import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget } from 'typeorm';
import { DepartmentEntity } from './department.entity.js';
import { LocationEntity } from './location.entity.js';
import { OrganisationEntity } from './organisation.entity.js';
import { TeamEntity } from './team.entity.js';

export type StructureEntity = DepartmentEntity | TeamEntity | LocationEntity;

@Injectable()
export class OrganisationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findOrganisation(id: string): Promise<OrganisationEntity | null> {
    return this.dataSource.getRepository(OrganisationEntity).findOneBy({ id });
  }

  /** Departments, teams and locations of an organisation (a trust has tens, not thousands). */
  async findStructure(organisationId: string): Promise<{ departments: DepartmentEntity[]; teams: TeamEntity[]; locations: LocationEntity[] }> {
    const manager = this.dataSource.manager;
    const [departments, teams, locations] = await Promise.all([
      manager.find(DepartmentEntity, { where: { organisationId }, order: { name: 'ASC' } }),
      manager.find(TeamEntity, { where: { organisationId }, order: { name: 'ASC' } }),
      manager.find(LocationEntity, { where: { organisationId }, order: { name: 'ASC' } }),
    ]);
    return { departments, teams, locations };
  }

  lockUnit<T extends StructureEntity>(em: EntityManager, target: EntityTarget<T>, organisationId: string, id: string): Promise<T | null> {
    return em.getRepository(target).findOne({ where: { id, organisationId } as never, lock: { mode: 'pessimistic_write' } });
  }

  findDepartment(em: EntityManager, organisationId: string, id: string): Promise<DepartmentEntity | null> {
    return em.getRepository(DepartmentEntity).findOneBy({ id, organisationId });
  }

  async insertUnit<T extends StructureEntity>(em: EntityManager, target: EntityTarget<T>, values: Partial<T>): Promise<T> {
    const result = await em.insert(target, values as never);
    const id = (result.identifiers[0] as { id: string }).id;
    return em.getRepository(target).findOneByOrFail({ id } as never);
  }

  async updateUnit<T extends StructureEntity>(em: EntityManager, target: EntityTarget<T>, id: string, changes: Partial<T>): Promise<T> {
    await em
      .createQueryBuilder()
      .update(target)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
      .where('id = :id', { id })
      .execute();
    return em.getRepository(target).findOneByOrFail({ id } as never);
  }

  async deleteUnit<T extends StructureEntity>(em: EntityManager, target: EntityTarget<T>, id: string): Promise<void> {
    await em.delete(target, { id });
  }

  /** Records that still point at a department, which must be moved before it can go. */
  async countDepartmentMembers(em: EntityManager, departmentId: string): Promise<number> {
    const rows: { n: string }[] = await em.query(
      `SELECT (SELECT count(*) FROM staff_member WHERE department_id = $1)
            + (SELECT count(*) FROM team WHERE department_id = $1)
            + (SELECT count(*) FROM location WHERE department_id = $1) AS n`,
      [departmentId],
    );
    return Number(rows[0]?.n ?? 0);
  }
}
