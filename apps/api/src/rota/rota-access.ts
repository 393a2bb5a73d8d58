import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type CurrentUser } from '../auth/current-user.js';
import { SqlParams } from '../database/sql-params.js';
import { forbidden, notFound, unprocessable } from '../http/problem.js';
import { scopeSql } from '../staff/staff.repository.js';
import { staffScopeOf } from '../staff/staff-scope.js';
import { RotaPeriodEntity } from './entities/rota-period.entity.js';

/** Whose rota rows the caller may change: everyone in the department, or an officer's line. */
export interface WriteScope {
  departmentId: string;
  /** The officer's line (themselves and everyone reporting to them, directly or not); null for no limit. */
  line: ReadonlySet<string> | null;
}

/**
 * Scope of the rota: admin and senior the whole organisation (naming a department), a manager
 * their department, an officer their department to read and their line to change, a member of
 * staff themselves. Anything outside is answered 404, so existence does not leak.
 */
@Injectable()
export class RotaAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The department a manager runs, or the one an officer's or staff member's record is in. */
  async ownDepartment(user: CurrentUser, em: EntityManager = this.dataSource.manager): Promise<string | null> {
    if (user.role === 'manager') return user.departmentId;
    if (!user.staffMemberId) return null;
    const rows: { department_id: string }[] = await em.query('SELECT department_id FROM staff_member WHERE id = $1 AND organisation_id = $2', [user.staffMemberId, user.organisationId]);
    return rows[0]?.department_id ?? null;
  }

  /**
   * The department a department-wide request is about: a manager's or officer's own (another is
   * 404), or for admin and senior callers the one they name, which must be in their organisation.
   */
  async department(user: CurrentUser, requested: string | undefined, em: EntityManager = this.dataSource.manager): Promise<string> {
    if (user.role === 'admin' || user.role === 'senior') {
      if (!requested) throw unprocessable([{ field: 'departmentId', message: 'is required: say which department' }]);
      const rows: unknown[] = await em.query('SELECT 1 FROM department WHERE id = $1 AND organisation_id = $2', [requested, user.organisationId]);
      if (rows.length === 0) throw notFound('department');
      return requested;
    }
    const own = await this.ownDepartment(user, em);
    if (!own) throw forbidden('Your account is not linked to a department; ask an administrator.');
    if (requested && requested !== own) throw notFound('department');
    return own;
  }

  /** An officer's line as ids (themselves included); null for roles not limited to a line. */
  async line(user: CurrentUser, em: EntityManager = this.dataSource.manager): Promise<Set<string> | null> {
    if (user.role !== 'officer') return null;
    const params = new SqlParams();
    const rows: { id: string }[] = await em.query(`SELECT s.id FROM staff_member s WHERE ${scopeSql(staffScopeOf(user), params)}`, params.values);
    return new Set(rows.map((r) => r.id));
  }

  async writeScope(user: CurrentUser, departmentId: string, em: EntityManager): Promise<WriteScope> {
    return { departmentId, line: await this.line(user, em) };
  }

  /** A period the caller may see, optionally locked for update; 404 otherwise. */
  async period(user: CurrentUser, id: string, em: EntityManager = this.dataSource.manager, lock = false): Promise<RotaPeriodEntity> {
    const period = await em.getRepository(RotaPeriodEntity).findOne({ where: { id, organisationId: user.organisationId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!period) throw notFound('rota period');
    if (user.role !== 'admin' && user.role !== 'senior') {
      const own = await this.ownDepartment(user, em);
      if (own !== period.departmentId) throw notFound('rota period');
    }
    return period;
  }

  /** Throws 404 unless the caller may change rota rows of this person (their department, their line). */
  async assertMayChange(user: CurrentUser, scope: WriteScope, staffId: string, em: EntityManager): Promise<void> {
    if (scope.line && !scope.line.has(staffId)) throw notFound('staff member');
    const rows: unknown[] = await em.query('SELECT 1 FROM staff_member WHERE id = $1 AND organisation_id = $2 AND department_id = $3', [staffId, user.organisationId, scope.departmentId]);
    if (rows.length === 0) {
      if (scope.line) throw notFound('staff member');
      throw unprocessable([{ field: 'staffId', message: 'is not a member of staff of this department' }]);
    }
  }
}
