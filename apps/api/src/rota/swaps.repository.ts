import { Injectable } from '@nestjs/common';
import { type SwapDto, type SwapStatus } from '@recordroom/contracts';
import { type EntityManager } from 'typeorm';
import { SqlParams } from '../database/sql-params.js';
import { SwapRequestEntity } from './entities/swap-request.entity.js';

/** A swap request with the names and shifts of both people, as lists and answers show it. */
export interface SwapRow {
  id: string;
  status: SwapDto['status'];
  note: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  version: number;
  department_id: string;
  from_staff_member_id: string;
  to_staff_member_id: string;
  from_assignment_id: string;
  to_assignment_id: string | null;
  from_name: string;
  to_name: string;
  from_date: string;
  from_code: string;
  to_date: string | null;
  to_code: string | null;
}

type NewSwap = Pick<SwapRequestEntity, 'organisationId' | 'departmentId' | 'status' | 'fromAssignmentId' | 'fromStaffMemberId' | 'toStaffMemberId' | 'toAssignmentId' | 'note'>;

/** Which swaps a list shows: an organisation, optionally one department and only those involving some people. */
export interface SwapFilter {
  organisationId: string;
  departmentId: string | null;
  /** Only swaps from or to these people (an officer's line); null for everyone. */
  staffIds: readonly string[] | null;
  status?: SwapStatus | undefined;
}

const SELECT = `SELECT w.id, w.status, w.note, w.decided_by, w.decided_at, w.version, w.department_id, w.from_staff_member_id, w.to_staff_member_id,
    w.from_assignment_id, w.to_assignment_id,
    fs.first_name || ' ' || fs.last_name AS from_name, ts.first_name || ' ' || ts.last_name AS to_name,
    fsh.date AS from_date, fst.code AS from_code, tsh.date AS to_date, tst.code AS to_code
  FROM swap_request w
  JOIN staff_member fs ON fs.id = w.from_staff_member_id
  JOIN staff_member ts ON ts.id = w.to_staff_member_id
  JOIN rota_assignment fa ON fa.id = w.from_assignment_id JOIN rota_shift fsh ON fsh.id = fa.shift_id JOIN shift_type fst ON fst.id = fsh.shift_type_id
  LEFT JOIN rota_assignment ta ON ta.id = w.to_assignment_id LEFT JOIN rota_shift tsh ON tsh.id = ta.shift_id LEFT JOIN shift_type tst ON tst.id = tsh.shift_type_id`;

/** Swap requests: asked for, listed, decided or withdrawn. */
@Injectable()
export class SwapsRepository {
  /** A page of the filter's swaps, newest first, and how many there are in all. */
  async findPage(em: EntityManager, filter: SwapFilter, page: number, pageSize: number): Promise<{ rows: SwapRow[]; total: number }> {
    const params = new SqlParams();
    const where = [`w.organisation_id = ${params.add(filter.organisationId)}`];
    if (filter.departmentId) where.push(`w.department_id = ${params.add(filter.departmentId)}`);
    if (filter.staffIds) {
      const ids = params.add([...filter.staffIds]);
      where.push(`(w.from_staff_member_id = ANY (${ids}::uuid[]) OR w.to_staff_member_id = ANY (${ids}::uuid[]))`);
    }
    if (filter.status) where.push(`w.status = ${params.add(filter.status)}`);
    return this.page(em, where.join(' AND '), params, page, pageSize);
  }

  /** A page of the swaps a person asked for or is asked to take, newest first. */
  findPageOfStaffMember(em: EntityManager, organisationId: string, staffId: string, page: number, pageSize: number): Promise<{ rows: SwapRow[]; total: number }> {
    const params = new SqlParams();
    const organisation = params.add(organisationId);
    const staff = params.add(staffId);
    return this.page(em, `w.organisation_id = ${organisation} AND (w.from_staff_member_id = ${staff} OR w.to_staff_member_id = ${staff})`, params, page, pageSize);
  }

  async findRow(em: EntityManager, id: string): Promise<SwapRow | null> {
    const rows: SwapRow[] = await em.query(`${SELECT} WHERE w.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** A swap of the organisation locked for update: a decision and a withdrawal cannot both pass. */
  lockInOrganisation(em: EntityManager, organisationId: string, id: string): Promise<SwapRequestEntity | null> {
    return em.getRepository(SwapRequestEntity).findOne({ where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(em: EntityManager, swap: NewSwap): Promise<string> {
    const { identifiers } = await em.insert(SwapRequestEntity, swap);
    return (identifiers[0] as { id: string }).id;
  }

  /** Writes a change of status (a decision, a withdrawal) and moves the version on by one. */
  async changeStatus(em: EntityManager, id: string, changes: Partial<Pick<SwapRequestEntity, 'status' | 'decidedBy' | 'decidedAt' | 'note'>>): Promise<void> {
    await em.update(SwapRequestEntity, { id }, { ...changes, version: () => 'version + 1', updatedAt: () => 'now()' });
  }

  private async page(em: EntityManager, condition: string, params: SqlParams, page: number, pageSize: number): Promise<{ rows: SwapRow[]; total: number }> {
    const values = [...params.values];
    const rows: SwapRow[] = await em.query(
      `${SELECT} WHERE ${condition} ORDER BY w.created_at DESC, w.id LIMIT ${params.add(pageSize)} OFFSET ${params.add((page - 1) * pageSize)}`,
      params.values,
    );
    const counted: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM swap_request w WHERE ${condition}`, values);
    return { rows, total: counted[0]?.n ?? 0 };
  }
}
