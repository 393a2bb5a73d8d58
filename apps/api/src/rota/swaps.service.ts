import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CancelSwapDto, type CreateSwapDto, type ListSwapsQuery, type MySwapsQuery, type Page, type SwapDecisionDto, type SwapDto } from '@recordroom/contracts';
import { checkSwap, createRotaChecker, type SwapCheck } from '@recordroom/rota';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { SqlParams } from '../database/sql-params.js';
import { forbidden, notFound, staleVersion, unprocessable } from '../http/problem.js';
import { RotaAssignmentEntity } from './entities/rota-assignment.entity.js';
import { RotaPeriodEntity } from './entities/rota-period.entity.js';
import { SwapRequestEntity } from './entities/swap-request.entity.js';
import { bumpPeriodVersion } from './period-edits.js';
import { RotaAccess } from './rota-access.js';
import { RotaInputRepository } from './rota-input.repository.js';
import { hardRuleBroken } from './rota-problems.js';
import { findSwappable, notOfferableBecause } from './swappable-assignments.js';
import { Clock } from '../time/clock.js';

const SWAP_SELECT = `SELECT w.id, w.status, w.note, w.decided_by, w.decided_at, w.version, w.department_id, w.from_staff_member_id, w.to_staff_member_id,
    w.from_assignment_id, w.to_assignment_id,
    fs.first_name || ' ' || fs.last_name AS from_name, ts.first_name || ' ' || ts.last_name AS to_name,
    fsh.date AS from_date, fst.code AS from_code, tsh.date AS to_date, tst.code AS to_code
  FROM swap_request w
  JOIN staff_member fs ON fs.id = w.from_staff_member_id
  JOIN staff_member ts ON ts.id = w.to_staff_member_id
  JOIN rota_assignment fa ON fa.id = w.from_assignment_id JOIN rota_shift fsh ON fsh.id = fa.shift_id JOIN shift_type fst ON fst.id = fsh.shift_type_id
  LEFT JOIN rota_assignment ta ON ta.id = w.to_assignment_id LEFT JOIN rota_shift tsh ON tsh.id = ta.shift_id LEFT JOIN shift_type tst ON tst.id = tsh.shift_type_id`;

interface SwapRow {
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

function toSwapDto(r: SwapRow): SwapDto {
  return {
    id: r.id,
    status: r.status,
    from: { assignmentId: r.from_assignment_id, staffId: r.from_staff_member_id, staffName: r.from_name, date: r.from_date, shiftTypeCode: r.from_code },
    to: { staffId: r.to_staff_member_id, staffName: r.to_name, assignmentId: r.to_assignment_id, date: r.to_date, shiftTypeCode: r.to_code },
    note: r.note,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at ? new Date(r.decided_at).toISOString() : null,
    version: r.version,
  };
}

/**
 * Swap requests: a person offers their shift to a colleague, or an exchange for one of theirs.
 * Approval checks both people's rota after the swap (checkSwap) and moves the assignments.
 */
@Injectable()
export class SwapsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RotaAccess,
    private readonly rotas: RotaInputRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async list(user: CurrentUser, query: ListSwapsQuery): Promise<Page<SwapDto>> {
    const params = new SqlParams();
    const where = [`w.organisation_id = ${params.add(user.organisationId)}`];
    if (user.role === 'admin' || user.role === 'senior') {
      if (query.departmentId) where.push(`w.department_id = ${params.add(query.departmentId)}`);
    } else {
      where.push(`w.department_id = ${params.add(await this.access.department(user, query.departmentId))}`);
    }
    const line = await this.access.line(user);
    if (line) {
      const ids = params.add([...line]);
      where.push(`(w.from_staff_member_id = ANY (${ids}::uuid[]) OR w.to_staff_member_id = ANY (${ids}::uuid[]))`);
    }
    if (query.status) where.push(`w.status = ${params.add(query.status)}`);
    const filter = where.join(' AND ');
    const values = [...params.values];
    const rows: SwapRow[] = await this.dataSource.query(
      `${SWAP_SELECT} WHERE ${filter} ORDER BY w.created_at DESC, w.id LIMIT ${params.add(query.pageSize)} OFFSET ${params.add((query.page - 1) * query.pageSize)}`,
      params.values,
    );
    const counted: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM swap_request w WHERE ${filter}`, values);
    return { items: rows.map(toSwapDto), page: query.page, pageSize: query.pageSize, total: counted[0]?.n ?? 0 };
  }

  /** My swaps: those I asked for and those asking me, newest first. */
  async mine(user: CurrentUser, query: MySwapsQuery): Promise<Page<SwapDto>> {
    if (!user.staffMemberId) throw forbidden('Your account is not linked to a staff record, so it has no swaps.');
    const filter = 'w.organisation_id = $1 AND (w.from_staff_member_id = $2 OR w.to_staff_member_id = $2)';
    const values = [user.organisationId, user.staffMemberId];
    const rows: SwapRow[] = await this.dataSource.query(`${SWAP_SELECT} WHERE ${filter} ORDER BY w.created_at DESC, w.id LIMIT $3 OFFSET $4`, [...values, query.pageSize, (query.page - 1) * query.pageSize]);
    const counted: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM swap_request w WHERE ${filter}`, values);
    return { items: rows.map(toSwapDto), page: query.page, pageSize: query.pageSize, total: counted[0]?.n ?? 0 };
  }

  async create(user: CurrentUser, body: CreateSwapDto): Promise<SwapDto> {
    return this.dataSource.transaction(async (em) => {
      // Locking the offered assignment serialises two requests for the same shift, so only one can be pending.
      const from = await em.getRepository(RotaAssignmentEntity).findOne({ where: { id: body.fromAssignmentId, organisationId: user.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!from) throw notFound('assignment');
      const period = await em.getRepository(RotaPeriodEntity).findOneByOrFail({ id: from.periodId });
      if (user.role === 'staff') {
        if (from.staffMemberId !== user.staffMemberId || period.status !== 'published') throw notFound('assignment');
      } else {
        const own = user.role === 'admin' ? period.departmentId : await this.access.ownDepartment(user, em);
        if (own !== period.departmentId) throw notFound('assignment');
        const line = await this.access.line(user, em);
        if (line && from.staffMemberId !== user.staffMemberId && !line.has(from.staffMemberId)) throw notFound('assignment');
      }
      const offered = await findSwappable(em, user.organisationId, from.id);
      const fromProblem = offered ? notOfferableBecause(offered) : null;
      if (fromProblem) throw unprocessable([{ field: 'fromAssignmentId', message: fromProblem }]);
      if (body.toStaffId === from.staffMemberId) throw unprocessable([{ field: 'toStaffId', message: 'is the person already on the shift' }]);
      const colleague: unknown[] = await em.query('SELECT 1 FROM staff_member WHERE id = $1 AND organisation_id = $2 AND department_id = $3', [body.toStaffId, user.organisationId, period.departmentId]);
      if (colleague.length === 0) throw unprocessable([{ field: 'toStaffId', message: 'is not a member of staff of this department' }]);
      let to: RotaAssignmentEntity | null = null;
      if (body.toAssignmentId) {
        to = await em.getRepository(RotaAssignmentEntity).findOne({ where: { id: body.toAssignmentId, organisationId: user.organisationId }, lock: { mode: 'pessimistic_write' } });
        if (!to || to.staffMemberId !== body.toStaffId) throw unprocessable([{ field: 'toAssignmentId', message: 'is not a shift of the colleague named in toStaffId' }]);
        const asked = await findSwappable(em, user.organisationId, to.id);
        const toProblem = asked ? notOfferableBecause(asked) : null;
        if (toProblem) throw unprocessable([{ field: 'toAssignmentId', message: toProblem }]);
      }
      // A swap that would break a hard rule now is refused at once rather than left for a manager to decline.
      const check = await this.check(em, user, from, to, body.toStaffId);
      if (check.errors.length > 0) throw unprocessable(check.errors.map((e) => ({ field: 'toStaffId', message: e.message })));
      if (!check.allowed) {
        // Staff are not told a colleague's reasons (their leave or sickness may be one).
        if (user.role === 'staff') throw unprocessable([{ field: body.toAssignmentId ? 'toAssignmentId' : 'toStaffId', message: 'would break a rota rule for you or your colleague: choose another colleague or shift' }]);
        throw hardRuleBroken(check.introduced, 'toStaffId');
      }
      const { identifiers } = await em.insert(SwapRequestEntity, {
        organisationId: user.organisationId,
        departmentId: period.departmentId,
        status: 'requested',
        fromAssignmentId: from.id,
        fromStaffMemberId: from.staffMemberId,
        toStaffMemberId: body.toStaffId,
        toAssignmentId: body.toAssignmentId ?? null,
        note: body.note ?? null,
      });
      const id = (identifiers[0] as { id: string }).id;
      const created = await this.find(em, id);
      await this.audit.record(em, user, { action: 'create', entityType: 'swap-request', entityId: id, departmentId: period.departmentId, before: null, after: created });
      return created;
    });
  }

  /** The requester withdraws a swap still waiting for a decision; a manager (or admin) of the department may too. */
  async cancel(user: CurrentUser, id: string, body: CancelSwapDto): Promise<SwapDto> {
    return this.dataSource.transaction(async (em) => {
      const current = await em.getRepository(SwapRequestEntity).findOne({ where: { id, organisationId: user.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw notFound('swap request');
      const isRequester = user.staffMemberId !== null && current.fromStaffMemberId === user.staffMemberId;
      const runsDepartment = user.role === 'admin' || (user.role === 'manager' && user.departmentId === current.departmentId);
      if (!isRequester && !runsDepartment) throw notFound('swap request');
      if (current.version !== body.version) throw staleVersion('swap request', body.version, current.version);
      if (current.status !== 'requested') throw unprocessable([{ field: 'version', message: `the swap is already ${current.status}` }]);
      const before = await this.find(em, id);
      await em.update(SwapRequestEntity, { id }, { status: 'cancelled', version: () => 'version + 1', updatedAt: () => 'now()' });
      const after = await this.find(em, id);
      await this.audit.record(em, user, { action: 'update', entityType: 'swap-request', entityId: id, departmentId: current.departmentId, before, after });
      return after;
    });
  }

  async decide(user: CurrentUser, id: string, body: SwapDecisionDto): Promise<SwapDto> {
    return this.dataSource.transaction(async (em) => {
      const current = await em.getRepository(SwapRequestEntity).findOne({ where: { id, organisationId: user.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw notFound('swap request');
      if (user.role !== 'admin' && (await this.access.ownDepartment(user, em)) !== current.departmentId) throw notFound('swap request');
      const line = await this.access.line(user, em);
      if (line && !(line.has(current.fromStaffMemberId) && line.has(current.toStaffMemberId))) throw notFound('swap request');
      if (current.version !== body.version) throw staleVersion('swap request', body.version, current.version);
      if (current.status !== 'requested') throw unprocessable([{ field: 'decision', message: `the swap is already ${current.status}` }]);
      const before = await this.find(em, id);
      if (body.decision === 'approve') await this.applySwap(em, user, current);
      await em.update(SwapRequestEntity, { id }, {
        status: body.decision === 'approve' ? 'approved' : 'declined',
        decidedBy: user.displayName,
        decidedAt: this.clock.now(),
        ...(body.note ? { note: body.note } : {}),
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      });
      const after = await this.find(em, id);
      await this.audit.record(em, user, { action: 'update', entityType: 'swap-request', entityId: id, departmentId: current.departmentId, before, after });
      return after;
    });
  }

  /** Runs checkSwap over the period of the offered shift, then moves the assignments (source 'swap'). */
  private async applySwap(em: EntityManager, user: CurrentUser, swap: SwapRequestEntity): Promise<void> {
    const from = await em.getRepository(RotaAssignmentEntity).findOneBy({ id: swap.fromAssignmentId });
    const to = swap.toAssignmentId ? await em.getRepository(RotaAssignmentEntity).findOneBy({ id: swap.toAssignmentId }) : null;
    if (!from || from.staffMemberId !== swap.fromStaffMemberId || (swap.toAssignmentId && (!to || to.staffMemberId !== swap.toStaffMemberId))) {
      throw unprocessable([{ field: 'decision', message: 'the shifts have changed since the swap was asked for; decline it and ask again' }]);
    }
    const check = await this.check(em, user, from, to, swap.toStaffMemberId, true);
    if (check.errors.length > 0) throw unprocessable(check.errors.map((e) => ({ field: 'decision', message: e.message })));
    if (!check.allowed) throw hardRuleBroken(check.introduced, 'decision');
    await em.update(RotaAssignmentEntity, { id: from.id }, { staffMemberId: swap.toStaffMemberId, source: 'swap' });
    if (to) await em.update(RotaAssignmentEntity, { id: to.id }, { staffMemberId: swap.fromStaffMemberId, source: 'swap' });
    for (const pid of new Set([from.periodId, to?.periodId].filter((p): p is string => p !== undefined))) await bumpPeriodVersion(em, pid);
  }

  /** checkSwap over the rota of the offered shift's period (stretched to the exchanged shift's period), optionally locking the periods. */
  private async check(em: EntityManager, user: CurrentUser, from: RotaAssignmentEntity, to: RotaAssignmentEntity | null, toStaffId: string, lock = false): Promise<SwapCheck> {
    const periodIds = [...new Set([from.periodId, to?.periodId].filter((p): p is string => p !== undefined))];
    // One at a time on the transaction's connection, in id order, so two swaps over the same two
    // periods lock them in the same order and cannot deadlock.
    const periods: RotaPeriodEntity[] = [];
    for (const pid of [...periodIds].sort()) periods.push(await em.getRepository(RotaPeriodEntity).findOneOrFail({ where: { id: pid }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) }));
    if (periods[0]?.id !== from.periodId) periods.reverse();
    if (periods.some((p) => p.status === 'finalised')) throw unprocessable([{ field: lock ? 'decision' : 'fromAssignmentId', message: 'one of the shifts is on a finalised rota' }]);
    const [period] = periods;
    if (!period) throw notFound('rota period');
    const loaded = await this.rotas.load(em, user.organisationId, period.departmentId, { id: period.id, startDate: period.startDate, endDate: periods.reduce((end, p) => (p.endDate > end ? p.endDate : end), period.endDate) });
    return checkSwap({ assignmentId: from.id, ...(to ? { withAssignmentId: to.id } : { toStaffId }) }, createRotaChecker(loaded.input));
  }

  private async find(em: EntityManager, id: string): Promise<SwapDto> {
    const rows: SwapRow[] = await em.query(`${SWAP_SELECT} WHERE w.id = $1`, [id]);
    const row = rows[0];
    if (!row) throw notFound('swap request');
    return toSwapDto(row);
  }
}
