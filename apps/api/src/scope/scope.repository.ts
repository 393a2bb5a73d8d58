import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlParams } from '../database/sql-params.js';
import { scopeSql } from './scope-sql.js';
import { type StaffScope } from './staff-scope.js';

/** A staff member as scope rules see them: who, and which department they are in. */
export interface PersonInDepartment {
  id: string;
  departmentId: string;
}

/** The few reads the scope rules need. `em` is a transaction's manager when called inside one. */
@Injectable()
export class ScopeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async departmentOfStaffMember(organisationId: string, staffId: string, em: EntityManager = this.dataSource.manager): Promise<string | null> {
    const rows: { department_id: string }[] = await em.query('SELECT department_id FROM staff_member WHERE id = $1 AND organisation_id = $2', [staffId, organisationId]);
    return rows[0]?.department_id ?? null;
  }

  async departmentExists(organisationId: string, departmentId: string, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT 1 FROM department WHERE id = $1 AND organisation_id = $2', [departmentId, organisationId]);
    return rows.length > 0;
  }

  /** The ids of the people in a scope: an officer's line is themselves and everyone reporting to them, directly or not. */
  async idsIn(scope: StaffScope, em: EntityManager = this.dataSource.manager): Promise<string[]> {
    const params = new SqlParams();
    const rows: { id: string }[] = await em.query(`SELECT s.id FROM staff_member s WHERE ${scopeSql(scope, params)}`, params.values);
    return rows.map((row) => row.id);
  }

  async isIn(scope: StaffScope, staffId: string, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    const params = new SqlParams();
    const id = params.add(staffId);
    const rows: unknown[] = await em.query(`SELECT 1 FROM staff_member s WHERE s.id = ${id} AND ${scopeSql(scope, params)}`, params.values);
    return rows.length > 0;
  }

  /** Names of those of `ids` who are in the scope; the others are left out. */
  async namesIn(scope: StaffScope, ids: readonly string[], em: EntityManager = this.dataSource.manager): Promise<Map<string, string>> {
    const params = new SqlParams();
    const wanted = params.add([...ids]);
    const rows: { id: string; name: string }[] = await em.query(
      `SELECT s.id, s.first_name || ' ' || s.last_name AS name FROM staff_member s WHERE s.id = ANY (${wanted}::uuid[]) AND ${scopeSql(scope, params)}`,
      params.values,
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
