import { Injectable } from '@nestjs/common';
import { type CancelSwapDto, type CreateSwapDto, type ListSwapsQuery, type MySwapsQuery, type Page, type SwapDecisionDto, type SwapDto } from '@recordroom/contracts';
import { checkSwap, createRotaChecker, type SwapCheck } from '@recordroom/rota';
import { type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { forbidden, notFound, staleVersion, unprocessable } from '../http/problem.js';
import { reaches, ScopeService } from '../scope/scope.service.js';
import { Clock } from '../time/clock.js';
import { type RotaAssignmentEntity } from './entities/rota-assignment.entity.js';
import { type RotaPeriodEntity } from './entities/rota-period.entity.js';
import { type SwapRequestEntity } from './entities/swap-request.entity.js';
import { RotaPeriodsRepository } from './periods.repository.js';
import { RotaInputRepository } from './rota-input.repository.js';
import { hardRuleBroken } from './rota-problems.js';
import { toSwapDto } from './rota.mapper.js';
import { ShiftsRepository } from './shifts.repository.js';
import { notOfferableBecause } from './swappable-assignments.js';
import { SwapsRepository } from './swaps.repository.js';

/**
 * Swap requests: a person offers their shift to a colleague, or an exchange for one of theirs.
 * Approval checks both people's rota after the swap (checkSwap) and moves the assignments.
 */
@Injectable()
export class SwapsService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly scope: ScopeService,
    private readonly swaps: SwapsRepository,
    private readonly shifts: ShiftsRepository,
    private readonly periods: RotaPeriodsRepository,
    private readonly rotas: RotaInputRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  list(user: CurrentUser, query: ListSwapsQuery): Promise<Page<SwapDto>> {
    return this.work.reading(async (em) => {
      const departmentId = await this.scope.departmentFilter(user, query.departmentId, em);
      const reach = await this.scope.reach(user, 'read', em);
      const filter = { organisationId: user.organisationId, departmentId, staffIds: reach.everyone ? null : [...reach.ids], status: query.status };
      const { rows, total } = await this.swaps.findPage(em, filter, query.page, query.pageSize);
      return { items: rows.map(toSwapDto), page: query.page, pageSize: query.pageSize, total };
    });
  }

  /** My swaps: those I asked for and those asking me, newest first. */
  mine(user: CurrentUser, query: MySwapsQuery): Promise<Page<SwapDto>> {
    if (!user.staffMemberId) throw forbidden('Your account is not linked to a staff record, so it has no swaps.');
    const staffId = user.staffMemberId;
    return this.work.reading(async (em) => {
      const { rows, total } = await this.swaps.findPageOfStaffMember(em, user.organisationId, staffId, query.page, query.pageSize);
      return { items: rows.map(toSwapDto), page: query.page, pageSize: query.pageSize, total };
    });
  }

  create(user: CurrentUser, body: CreateSwapDto): Promise<SwapDto> {
    return this.work.transaction(async (em) => {
      // Locking the offered assignment serialises two requests for the same shift, so only one can be pending.
      const from = await this.shifts.lockAssignment(em, user.organisationId, body.fromAssignmentId);
      if (!from) throw notFound('assignment');
      const period = await this.periods.findKnown(em, from.periodId);
      // Whose shift the caller may offer: their own, or (managers, officers) one of their department and line;
      // staff see no rota before it is published.
      if (!(await this.scope.mayChangePersonRota(user, { id: from.staffMemberId, departmentId: period.departmentId }, em))) throw notFound('assignment');
      if (!this.scope.readsUnpublishedRota(user) && period.status !== 'published') throw notFound('assignment');
      const now = this.clock.now();
      const offered = await this.shifts.findSwappable(em, user.organisationId, from.id, now);
      const fromProblem = offered ? notOfferableBecause(offered) : null;
      if (fromProblem) throw unprocessable([{ field: 'fromAssignmentId', message: fromProblem }]);
      if (body.toStaffId === from.staffMemberId) throw unprocessable([{ field: 'toStaffId', message: 'is the person already on the shift' }]);
      if ((await this.scope.departmentOf(user, body.toStaffId, em)) !== period.departmentId) throw unprocessable([{ field: 'toStaffId', message: 'is not a member of staff of this department' }]);
      let to: RotaAssignmentEntity | null = null;
      if (body.toAssignmentId) {
        to = await this.shifts.lockAssignment(em, user.organisationId, body.toAssignmentId);
        if (!to || to.staffMemberId !== body.toStaffId) throw unprocessable([{ field: 'toAssignmentId', message: 'is not a shift of the colleague named in toStaffId' }]);
        const asked = await this.shifts.findSwappable(em, user.organisationId, to.id, now);
        const toProblem = asked ? notOfferableBecause(asked) : null;
        if (toProblem) throw unprocessable([{ field: 'toAssignmentId', message: toProblem }]);
      }
      // A swap that would break a hard rule now is refused at once rather than left for a manager to decline.
      const check = await this.check(em, user, from, to, body.toStaffId);
      if (check.errors.length > 0) throw unprocessable(check.errors.map((e) => ({ field: 'toStaffId', message: e.message })));
      if (!check.allowed) {
        // The rules' reasons are given only about people whose rota the caller reads: a colleague's
        // leave or sickness may be one, which staff (and officers, outside their line) are not told.
        const readable = await this.scope.reach(user, 'read', em);
        if (!check.introduced.every((v) => v.staffId === null || reaches(readable, v.staffId))) {
          throw unprocessable([{ field: body.toAssignmentId ? 'toAssignmentId' : 'toStaffId', message: 'would break a rota rule for you or your colleague: choose another colleague or shift' }]);
        }
        throw hardRuleBroken(check.introduced, 'toStaffId');
      }
      const id = await this.swaps.insert(em, {
        organisationId: user.organisationId,
        departmentId: period.departmentId,
        status: 'requested',
        fromAssignmentId: from.id,
        fromStaffMemberId: from.staffMemberId,
        toStaffMemberId: body.toStaffId,
        toAssignmentId: body.toAssignmentId ?? null,
        note: body.note ?? null,
      });
      const created = await this.find(em, id);
      await this.audit.record(em, user, { action: 'create', entityType: 'swap-request', entityId: id, departmentId: period.departmentId, before: null, after: created });
      return created;
    });
  }

  /** The requester withdraws a swap still waiting for a decision; a manager (or admin) of the department may too. */
  cancel(user: CurrentUser, id: string, body: CancelSwapDto): Promise<SwapDto> {
    return this.work.transaction(async (em) => {
      const current = await this.swaps.lockInOrganisation(em, user.organisationId, id);
      if (!current) throw notFound('swap request');
      const isRequester = user.staffMemberId !== null && current.fromStaffMemberId === user.staffMemberId;
      if (!isRequester && !this.scope.runsDepartment(user, current.departmentId)) throw notFound('swap request');
      if (current.version !== body.version) throw staleVersion('swap request', body.version, current.version);
      if (current.status !== 'requested') throw unprocessable([{ field: 'version', message: `the swap is already ${current.status}` }]);
      const before = await this.find(em, id);
      await this.swaps.changeStatus(em, id, { status: 'cancelled' });
      const after = await this.find(em, id);
      await this.audit.record(em, user, { action: 'update', entityType: 'swap-request', entityId: id, departmentId: current.departmentId, before, after });
      return after;
    });
  }

  /** Someone other than the person offering the shift decides: anyone up their line (with the colleague in it too), the department manager, an admin. */
  decide(user: CurrentUser, id: string, body: SwapDecisionDto): Promise<SwapDto> {
    return this.work.transaction(async (em) => {
      const current = await this.swaps.lockInOrganisation(em, user.organisationId, id);
      if (!current) throw notFound('swap request');
      await this.scope.assertMayDecide(user, { kind: 'swap', requesterId: current.fromStaffMemberId, otherIds: [current.toStaffMemberId], departmentId: current.departmentId }, em);
      if (current.version !== body.version) throw staleVersion('swap request', body.version, current.version);
      if (current.status !== 'requested') throw unprocessable([{ field: 'decision', message: `the swap is already ${current.status}` }]);
      const before = await this.find(em, id);
      if (body.decision === 'approve') await this.applySwap(em, user, current);
      await this.swaps.changeStatus(em, id, {
        status: body.decision === 'approve' ? 'approved' : 'declined',
        decidedBy: user.displayName,
        decidedAt: this.clock.now(),
        ...(body.note ? { note: body.note } : {}),
      });
      const after = await this.find(em, id);
      await this.audit.record(em, user, { action: 'update', entityType: 'swap-request', entityId: id, departmentId: current.departmentId, before, after });
      return after;
    });
  }

  /** Runs checkSwap over the period of the offered shift, then moves the assignments (source 'swap'). */
  private async applySwap(em: EntityManager, user: CurrentUser, swap: SwapRequestEntity): Promise<void> {
    const from = await this.shifts.findAssignment(em, swap.fromAssignmentId);
    const to = swap.toAssignmentId ? await this.shifts.findAssignment(em, swap.toAssignmentId) : null;
    if (!from || from.staffMemberId !== swap.fromStaffMemberId || (swap.toAssignmentId && (!to || to.staffMemberId !== swap.toStaffMemberId))) {
      throw unprocessable([{ field: 'decision', message: 'the shifts have changed since the swap was asked for; decline it and ask again' }]);
    }
    const check = await this.check(em, user, from, to, swap.toStaffMemberId, true);
    if (check.errors.length > 0) throw unprocessable(check.errors.map((e) => ({ field: 'decision', message: e.message })));
    if (!check.allowed) throw hardRuleBroken(check.introduced, 'decision');
    await this.shifts.moveToBySwap(em, from.id, swap.toStaffMemberId);
    if (to) await this.shifts.moveToBySwap(em, to.id, swap.fromStaffMemberId);
    for (const periodId of new Set([from.periodId, to?.periodId].filter((p): p is string => p !== undefined))) await this.periods.bumpVersion(em, periodId);
  }

  /** checkSwap over the rota of the offered shift's period (stretched to the exchanged shift's period), optionally locking the periods. */
  private async check(em: EntityManager, user: CurrentUser, from: RotaAssignmentEntity, to: RotaAssignmentEntity | null, toStaffId: string, lock = false): Promise<SwapCheck> {
    const periodIds = [...new Set([from.periodId, to?.periodId].filter((p): p is string => p !== undefined))];
    // One at a time on the transaction's connection, in id order, so two swaps over the same two
    // periods lock them in the same order and cannot deadlock.
    const periods: RotaPeriodEntity[] = [];
    for (const pid of [...periodIds].sort()) periods.push(await this.periods.findKnown(em, pid, lock));
    if (periods[0]?.id !== from.periodId) periods.reverse();
    if (periods.some((p) => p.status === 'finalised')) throw unprocessable([{ field: lock ? 'decision' : 'fromAssignmentId', message: 'one of the shifts is on a finalised rota' }]);
    const [period] = periods;
    if (!period) throw notFound('rota period');
    const endDate = periods.reduce((end, p) => (p.endDate > end ? p.endDate : end), period.endDate);
    const loaded = await this.rotas.load(em, user.organisationId, period.departmentId, { id: period.id, startDate: period.startDate, endDate });
    return checkSwap({ assignmentId: from.id, ...(to ? { withAssignmentId: to.id } : { toStaffId }) }, createRotaChecker(loaded.input));
  }

  private async find(em: EntityManager, id: string): Promise<SwapDto> {
    const row = await this.swaps.findRow(em, id);
    if (!row) throw notFound('swap request');
    return toSwapDto(row);
  }
}
