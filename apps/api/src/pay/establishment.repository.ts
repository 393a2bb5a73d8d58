import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AfcBand, type ContractType } from '@recordroom/people';
import { DataSource, type EntityManager } from 'typeorm';
import { EstablishmentLineEntity } from './entities/establishment-line.entity.js';

export type EstablishmentLineValues = Pick<EstablishmentLineEntity, 'organisationId' | 'departmentId' | 'financialYear' | 'costCentre' | 'band' | 'fundedWte' | 'budgetPence'>;

/** A member of staff as the establishment counts them. */
export interface StaffPayRow {
  id: string;
  firstName: string;
  lastName: string;
  jobTitle: string;
  band: AfcBand;
  payPoint: number;
  contractType: ContractType;
  contractedHoursPerWeek: number;
  departmentId: string;
}

/** The establishment lines of departments, and the staff records the in-post side is read from. */
@Injectable()
export class EstablishmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findLinesForYear(organisationId: string, departmentId: string, financialYear: string): Promise<EstablishmentLineEntity[]> {
    return this.dataSource.getRepository(EstablishmentLineEntity).find({
      where: { organisationId, departmentId, financialYear },
      order: { costCentre: 'ASC', band: 'ASC' },
    });
  }

  /** A line of the organisation, locked for a change in the caller's transaction. */
  lockLine(em: EntityManager, organisationId: string, id: string): Promise<EstablishmentLineEntity | null> {
    return em.getRepository(EstablishmentLineEntity).findOne({ where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  async lineExists(em: EntityManager, key: Pick<EstablishmentLineValues, 'departmentId' | 'financialYear' | 'costCentre' | 'band'>, exceptId?: string): Promise<boolean> {
    const rows: { id: string }[] = await em.query(
      'SELECT id FROM establishment_line WHERE department_id = $1 AND financial_year = $2 AND cost_centre = $3 AND band = $4',
      [key.departmentId, key.financialYear, key.costCentre, key.band],
    );
    return rows.some((row) => row.id !== exceptId);
  }

  async insertLine(em: EntityManager, values: EstablishmentLineValues): Promise<EstablishmentLineEntity> {
    const { identifiers } = await em.insert(EstablishmentLineEntity, values);
    return em.getRepository(EstablishmentLineEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  async updateLine(em: EntityManager, id: string, changes: Partial<Pick<EstablishmentLineValues, 'costCentre' | 'band' | 'fundedWte' | 'budgetPence'>>): Promise<EstablishmentLineEntity> {
    await em.update(EstablishmentLineEntity, { id }, { ...changes, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(EstablishmentLineEntity).findOneByOrFail({ id });
  }

  async deleteLine(em: EntityManager, id: string): Promise<void> {
    await em.delete(EstablishmentLineEntity, { id });
  }

  /** Everyone whose staff record is in the department, in name order. */
  async findDepartmentStaff(organisationId: string, departmentId: string, em: EntityManager = this.dataSource.manager): Promise<StaffPayRow[]> {
    const rows: { id: string; first_name: string; last_name: string; job_title: string; band: AfcBand; pay_point: number; contract_type: ContractType; contracted_hours_per_week: string; department_id: string }[] =
      await em.query(
        `SELECT id, first_name, last_name, job_title, band, pay_point, contract_type, contracted_hours_per_week, department_id
           FROM staff_member WHERE organisation_id = $1 AND department_id = $2 ORDER BY last_name, first_name, id`,
        [organisationId, departmentId],
      );
    return rows.map(toStaffPayRow);
  }

  /** The staff records of these people, wherever they work in the organisation. */
  async findStaffMembers(organisationId: string, ids: readonly string[]): Promise<StaffPayRow[]> {
    if (ids.length === 0) return [];
    const rows: Parameters<typeof toStaffPayRow>[0][] = await this.dataSource.query(
      `SELECT id, first_name, last_name, job_title, band, pay_point, contract_type, contracted_hours_per_week, department_id
         FROM staff_member WHERE organisation_id = $1 AND id = ANY ($2::uuid[]) ORDER BY last_name, first_name, id`,
      [organisationId, [...ids]],
    );
    return rows.map(toStaffPayRow);
  }

  async findStaffMember(organisationId: string, staffId: string): Promise<StaffPayRow | null> {
    const rows: Parameters<typeof toStaffPayRow>[0][] = await this.dataSource.query(
      `SELECT id, first_name, last_name, job_title, band, pay_point, contract_type, contracted_hours_per_week, department_id
         FROM staff_member WHERE organisation_id = $1 AND id = $2`,
      [organisationId, staffId],
    );
    const row = rows[0];
    return row ? toStaffPayRow(row) : null;
  }
}

function toStaffPayRow(r: { id: string; first_name: string; last_name: string; job_title: string; band: AfcBand; pay_point: number; contract_type: ContractType; contracted_hours_per_week: string; department_id: string }): StaffPayRow {
  return {
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    jobTitle: r.job_title,
    band: r.band,
    payPoint: r.pay_point,
    contractType: r.contract_type,
    contractedHoursPerWeek: Number(r.contracted_hours_per_week),
    departmentId: r.department_id,
  };
}
