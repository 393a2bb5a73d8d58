import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type AcceptSolveDto, type Page, type SolveAcceptedDto, type SolveChangesQuery, type SolveConflictDto, type SolveDto, type SolvePersonChangesDto, type SolvePreviewDto, type SolvePreviewSummaryDto, type StartSolveDto } from '@recordroom/contracts';
import { checkRota, type Assignment } from '@recordroom/rota';
import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import { AuditTrail } from '../../audit/audit-trail.js';
import { type CurrentUser } from '../../auth/current-user.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { invalidRequest, notFound, ProblemException, staleVersion, unprocessable } from '../../http/problem.js';
import { ScopeService } from '../../scope/scope.service.js';
import { PeriodAccess } from '../period-access.js';
import { RotaPeriodsRepository } from '../periods.repository.js';
import { RotaInputRepository } from '../rota-input.repository.js';
import { ShiftsRepository } from '../shifts.repository.js';
import { type RotaSolveEntity } from './rota-solve.entity.js';
import { RotaSolvesRepository } from './rota-solves.repository.js';
import { personChanges, previewSummary } from './solve-changes.js';
import { SolveQueue } from './solve-queue.js';

function solveConflict(detail: string): ProblemException {
  return new ProblemException({ type: 'https://recordroom.org/problems/solve-state', title: 'The solve is not in a state for that', status: HttpStatus.CONFLICT, detail });
}

/** 422: the kept assignments break hard rules on their own, so no rota around them is lawful. */
function infeasible(conflicts: readonly SolveConflictDto[]): ProblemException {
  const lines = conflicts.length > 0 ? conflicts.map((c) => `${c.ruleId}: ${c.message}`) : ['the best rota found still breaks a hard rule'];
  return new ProblemException({
    type: 'https://recordroom.org/problems/rota-rule-broken',
    title: 'The solve is infeasible: the kept assignments break a hard rule',
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    detail: lines.join('; '),
    errors: lines.map((message) => ({ field: 'pinnedAssignmentIds', message })),
  });
}

function toSolveDto(s: RotaSolveEntity): SolveDto {
  return {
    id: s.id,
    jobId: s.jobId,
    periodId: s.periodId,
    departmentId: s.departmentId,
    status: s.status,
    mode: s.mode,
    timeLimitSeconds: s.options.timeLimitSeconds,
    seed: s.options.seed,
    pinnedAssignmentIds: [...s.options.pinnedAssignmentIds],
    costPerPound: s.options.costPerPound,
    baseVersion: s.baseVersion,
    version: s.version,
    progress: s.progress,
    failure: s.failure,
    requestedBy: s.requestedBy,
    createdAt: s.createdAt.toISOString(),
    startedAt: s.startedAt?.toISOString() ?? null,
    finishedAt: s.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Auto-rostering as a manager sees it: start a solve of a period, follow it, cancel it, read
 * its preview, accept it (the whole diff in one transaction, audited, refused if the rota moved
 * on) or reject it. Managers of the department and admins only: the explanation names every
 * person's blocking rules, leave included, which an officer may see only for their line.
 */
@Injectable()
export class RotaSolvesService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly scope: ScopeService,
    private readonly access: PeriodAccess,
    private readonly periods: RotaPeriodsRepository,
    private readonly shifts: ShiftsRepository,
    private readonly rotas: RotaInputRepository,
    private readonly solves: RotaSolvesRepository,
    private readonly queue: SolveQueue,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(user: CurrentUser, periodId: string, body: StartSolveDto): Promise<SolveDto> {
    if (body.timeLimitSeconds > this.config.solve.maxSeconds) throw invalidRequest([{ field: 'timeLimitSeconds', message: `must be at most ${this.config.solve.maxSeconds} on this deployment` }]);
    const solve = await this.work.transaction(async (em) => {
      const period = await this.access.find(em, user, periodId, true);
      if (period.version !== body.periodVersion) throw staleVersion('rota period', body.periodVersion, period.version);
      if (period.status === 'finalised') throw unprocessable([{ field: 'periodId', message: 'is a finalised rota: the record of what was worked, which cannot change' }]);
      if (body.mode === 'whole-period' && body.pinnedAssignmentIds.length > 0) {
        const unknown = await this.unknownAssignments(em, periodId, body.pinnedAssignmentIds);
        if (unknown.length > 0) throw unprocessable([{ field: 'pinnedAssignmentIds', message: `names ${unknown.length === 1 ? 'a shift' : `${unknown.length} shifts`} not in this rota period: pin only shifts of the period being rostered` }]);
      }
      if (await this.solves.hasUnderWay(em, periodId)) throw solveConflict('A solve of this rota period is already under way: wait for it or cancel it.');
      const id = randomUUID();
      const options = { timeLimitSeconds: body.timeLimitSeconds, seed: body.seed, pinnedAssignmentIds: body.mode === 'whole-period' ? [...new Set(body.pinnedAssignmentIds)] : [], costPerPound: body.costPerPound };
      await this.solves.insert(em, { id, organisationId: user.organisationId, departmentId: period.departmentId, periodId, jobId: id, mode: body.mode, options, baseVersion: period.version, requestedBy: user.displayName });
      await this.audit.record(em, user, { action: 'create', entityType: 'rota-solve', entityId: id, departmentId: period.departmentId, before: null, after: { periodId, mode: body.mode, ...options, pinnedAssignmentIds: options.pinnedAssignmentIds.length } });
      return (await this.solves.findById(em, id))!;
    });
    try {
      await this.queue.enqueue(solve.id);
    } catch (error) {
      await this.work.reading((em) => this.solves.finish(em, solve.id, { status: 'failed', failure: `It could not be queued: ${error instanceof Error ? error.message : String(error)}` }));
      throw error;
    }
    return toSolveDto(solve);
  }

  list(user: CurrentUser, periodId: string): Promise<SolveDto[]> {
    return this.work.reading(async (em) => {
      await this.access.find(em, user, periodId);
      return (await this.solves.findOfPeriod(em, periodId)).map(toSolveDto);
    });
  }

  get(user: CurrentUser, id: string): Promise<SolveDto> {
    return this.work.reading(async (em) => toSolveDto(await this.find(em, user, id)));
  }

  async preview(user: CurrentUser, id: string): Promise<SolvePreviewSummaryDto> {
    return previewSummary(await this.storedPreview(user, id));
  }

  /** A page of the people whose rota the preview changes, by name; or only one person's. */
  async changes(user: CurrentUser, id: string, query: SolveChangesQuery): Promise<Page<SolvePersonChangesDto>> {
    const people = personChanges(await this.storedPreview(user, id)).filter((p) => query.staffId === undefined || p.staffId === query.staffId);
    const from = (query.page - 1) * query.pageSize;
    return { items: people.slice(from, from + query.pageSize), page: query.page, pageSize: query.pageSize, total: people.length };
  }

  private storedPreview(user: CurrentUser, id: string): Promise<SolvePreviewDto> {
    return this.work.reading(async (em) => {
      const solve = await this.find(em, user, id);
      if (!solve.preview) throw solveConflict(`The solve is ${solve.status}: it has no preview${solve.status === 'queued' || solve.status === 'running' ? ' yet' : ''}.`);
      return solve.preview;
    });
  }

  async cancel(user: CurrentUser, id: string): Promise<SolveDto> {
    const solve = await this.work.transaction(async (em) => {
      const found = await this.find(em, user, id, true);
      if (found.status !== 'queued' && found.status !== 'running') throw solveConflict(`The solve is ${found.status}: only a queued or running one can be cancelled.`);
      await this.solves.requestCancel(em, id);
      if (found.status === 'queued') await this.solves.finish(em, id, { status: 'cancelled' });
      await this.audit.record(em, user, { action: 'update', entityType: 'rota-solve', entityId: id, departmentId: found.departmentId, before: { status: found.status }, after: { cancelRequested: true } });
      return found;
    });
    if (solve.status === 'queued') await this.queue.dequeue(id);
    else this.queue.cancelHere(id);
    return this.get(user, id);
  }

  reject(user: CurrentUser, id: string, version: number): Promise<SolveDto> {
    return this.work.transaction(async (em) => {
      const solve = await this.find(em, user, id, true);
      if (solve.version !== version) throw staleVersion('solve', version, solve.version);
      if (solve.status !== 'ready' && solve.status !== 'infeasible') throw solveConflict(`The solve is ${solve.status}: only a finished preview can be rejected.`);
      await this.solves.decide(em, id, 'rejected');
      await this.audit.record(em, user, { action: 'update', entityType: 'rota-solve', entityId: id, departmentId: solve.departmentId, before: { status: solve.status }, after: { status: 'rejected' } });
      return toSolveDto((await this.solves.findById(em, id))!);
    });
  }

  /**
   * Applies the preview in one transaction: removes and adds the assignments (source 'auto'),
   * bumps the period's version once, audits each change and the decision. Refused (409) if the
   * period moved on since the solve read it, or if absences changed so the result now breaks a
   * hard rule; an infeasible solve is never applied (422, with the conflicting rules).
   */
  accept(user: CurrentUser, id: string, body: AcceptSolveDto): Promise<SolveAcceptedDto> {
    return this.work.transaction(async (em) => {
      const solve = await this.find(em, user, id, true);
      if (solve.version !== body.version) throw staleVersion('solve', body.version, solve.version);
      if (solve.status === 'infeasible') throw infeasible(solve.preview?.conflicts ?? []);
      if (solve.status !== 'ready' || !solve.preview) throw solveConflict(`The solve is ${solve.status}: only a ready preview can be accepted.`);
      const preview = solve.preview;
      const period = await this.access.lockForEdit(em, user, solve.periodId, solve.baseVersion, body.reason);
      const loaded = await this.rotas.load(em, user.organisationId, period.departmentId, period);
      const removedIds = new Set(preview.removed.map((r) => r.assignmentId));
      const added: Assignment[] = preview.added.map((a) => ({ id: randomUUID(), shiftId: a.shiftId, staffId: a.staffId, source: 'auto' }));
      const after = [...loaded.input.assignments.filter((a) => !removedIds.has(a.id)), ...added];
      const addedIds = new Set(added.map((a) => a.id));
      const breaches = checkRota({ ...loaded.input, assignments: after }).violations.filter((v) => v.severity === 'hard' && v.assignmentIds.some((a) => addedIds.has(a)));
      if (breaches.length > 0) throw solveConflict(`The rota's inputs changed since the solve read them (leave or cover): ${breaches[0]!.message} Run the solve again.`);
      await this.shifts.deleteAssignments(em, [...removedIds]);
      await this.shifts.insertAssignments(em, added.map((a) => ({ id: a.id, organisationId: user.organisationId, periodId: period.id, shiftId: a.shiftId, staffMemberId: a.staffId, source: 'auto', acknowledgements: [] })));
      const periodVersion = await this.periods.bumpVersion(em, period.id);
      await this.audit.recordAll(em, user, [
        ...preview.removed.map((r) => ({ action: 'delete' as const, entityType: 'rota-assignment', entityId: r.assignmentId, departmentId: period.departmentId, before: { periodId: period.id, shiftId: r.shiftId, date: r.date, staffId: r.staffId }, after: { solveId: id, periodVersion, ...(body.reason ? { reason: body.reason } : {}) } })),
        ...added.map((a, i) => ({ action: 'create' as const, entityType: 'rota-assignment', entityId: a.id, departmentId: period.departmentId, before: null, after: { periodId: period.id, shiftId: a.shiftId, date: preview.added[i]!.date, staffId: a.staffId, source: 'auto', solveId: id, periodVersion } })),
      ]);
      await this.solves.decide(em, id, 'accepted');
      await this.audit.record(em, user, { action: 'update', entityType: 'rota-solve', entityId: id, departmentId: period.departmentId, before: { status: 'ready' }, after: { status: 'accepted', added: added.length, removed: removedIds.size, periodVersion } });
      return { solve: toSolveDto((await this.solves.findById(em, id))!), periodVersion, added: added.length, removed: removedIds.size };
    });
  }

  /** A solve of a department the user reads; 404 otherwise. */
  private async find(em: EntityManager, user: CurrentUser, id: string, lock = false): Promise<RotaSolveEntity> {
    const solve = await this.solves.findInOrganisation(em, user.organisationId, id, lock);
    if (!solve || !(await this.scope.mayReadDepartment(user, solve.departmentId, em))) throw notFound('solve');
    return solve;
  }

  private async unknownAssignments(em: EntityManager, periodId: string, ids: readonly string[]): Promise<string[]> {
    const rows: { id: string }[] = await em.query('SELECT id FROM rota_assignment WHERE period_id = $1 AND id = ANY ($2::uuid[])', [periodId, [...ids]]);
    const known = new Set(rows.map((r) => r.id));
    return ids.filter((i) => !known.has(i));
  }
}
