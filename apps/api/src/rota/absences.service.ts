import { Injectable } from '@nestjs/common';
import { type AbsenceDecisionDto, type AbsenceDto, type CreateAbsenceDto, type ListAbsencesQuery, type Page } from '@recordroom/contracts';
import { leaveScheduleFor, validateLeaveRequest } from '@recordroom/people';
import { checkLeaveRequest, createRotaChecker, validateAbsence, type Absence, type LeaveRequestCheck } from '@recordroom/rota';
import { type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { recordSicknessRead, type SicknessShown } from '../audit/sickness-read.js';
import { type CurrentUser } from '../auth/current-user.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { forbidden, notFound, staleVersion, unprocessable } from '../http/problem.js';
import { ScopeService } from '../scope/scope.service.js';
import { Clock } from '../time/clock.js';
import { AbsencesRepository, type NamedAbsence } from './absences.repository.js';
import { type AbsenceEntity } from './entities/absence.entity.js';
import { departmentClashRules } from './leave-clash-rules.js';
import { RotaPeriodsRepository } from './periods.repository.js';
import { RotaInputRepository } from './rota-input.repository.js';
import { hardRuleBroken } from './rota-problems.js';
import { absenceAuditSnapshot, toAbsenceDto } from './rota.mapper.js';
import { ShiftsRepository } from './shifts.repository.js';
import { withdrawCoveredShifts } from './withdraw-covered-shifts.js';

/** The rota shows that someone is off sick, never why. */
const sicknessIn = (absences: readonly Pick<AbsenceEntity, 'kind' | 'staffMemberId' | 'departmentId'>[]): SicknessShown[] =>
  absences.filter((a) => a.kind === 'sickness').map((a) => ({ staffMemberId: a.staffMemberId, departmentId: a.departmentId, reasonShown: false }));

function toDomain(a: AbsenceEntity): Absence {
  return {
    id: a.id,
    staffId: a.staffMemberId,
    kind: a.kind,
    status: a.status === 'cancelled' ? 'declined' : a.status,
    startDate: a.startDate,
    endDate: a.endDate,
    ...(a.startTime !== null && a.endTime !== null ? { startTime: a.startTime, endTime: a.endTime } : {}),
  };
}

/**
 * Leave and sickness: staff ask for their own; managers and officers record and decide for the
 * people in their scope. Approval re-checks clash rules and what it does to the rota, and takes
 * the person off the shifts it covers in the same transaction.
 */
@Injectable()
export class AbsencesService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly scope: ScopeService,
    private readonly absences: AbsencesRepository,
    private readonly periods: RotaPeriodsRepository,
    private readonly shifts: ShiftsRepository,
    private readonly rotas: RotaInputRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  list(user: CurrentUser, query: ListAbsencesQuery): Promise<Page<AbsenceDto>> {
    return this.work.reading(async (em) => {
      const departmentId = await this.scope.departmentFilter(user, query.departmentId, em);
      const reach = await this.scope.reach(user, 'read', em);
      const { rows, total } = await this.absences.findPage(
        em,
        { organisationId: user.organisationId, departmentId, staffIds: reach.everyone ? null : [...reach.ids], status: query.status, from: query.from, to: query.to },
        query.page,
        query.pageSize,
      );
      await recordSicknessRead(em, this.audit, user, sicknessIn(rows), 'rota-absences');
      return { items: rows.map((r) => toAbsenceDto(r, r.staffName)), page: query.page, pageSize: query.pageSize, total };
    });
  }

  mine(user: CurrentUser): Promise<AbsenceDto[]> {
    if (!user.staffMemberId) throw forbidden('Your account is not linked to a staff record.');
    const staffId = user.staffMemberId;
    return this.work.reading(async (em) => (await this.absences.findOfStaffMember(em, user.organisationId, staffId)).map((r) => toAbsenceDto(r, r.staffName)));
  }

  check(user: CurrentUser, id: string): Promise<LeaveRequestCheck> {
    return this.work.reading(async (em) => {
      const absence = await this.visible(em, user, id);
      const check = await this.checkAgainstRota(em, user, absence);
      await recordSicknessRead(em, this.audit, user, sicknessIn([absence]), 'rota-absence-check');
      return check;
    });
  }

  create(user: CurrentUser, body: CreateAbsenceDto): Promise<AbsenceDto> {
    return this.work.transaction(async (em) => {
      const staffId = body.staffId ?? user.staffMemberId;
      if (!staffId) throw unprocessable([{ field: 'staffId', message: 'is required: your account has no staff record of its own' }]);
      const person = await this.absences.findPerson(em, user.organisationId, staffId);
      if (!person || !(await this.scope.mayChangePersonRota(user, person, em))) throw notFound('staff member');
      // Sickness a manager or officer records for someone is approved at once; anything else waits for a decision.
      const status = staffId !== user.staffMemberId && body.kind === 'sickness' ? 'approved' : 'requested';
      const draft: Absence = {
        id: 'new',
        staffId,
        kind: body.kind,
        status,
        startDate: body.startDate,
        endDate: body.endDate,
        ...(body.startTime !== undefined ? { startTime: body.startTime } : {}),
        ...(body.endTime !== undefined ? { endTime: body.endTime } : {}),
      };
      const others = await this.absences.findStandingOf(em, user.organisationId, staffId);
      const errors = validateAbsence(draft, others.map(toDomain));
      if (errors.length > 0) throw unprocessable(errors);
      if (body.kind === 'annual-leave') {
        // Annual leave over days the person does not work only books nothing (issue 11's bad input).
        const held = await this.absences.findLeaveSchedule(em, staffId, body.startDate, body.endDate);
        const { schedule, daysOffKnown } = leaveScheduleFor(held.contractedHoursPerWeek, held.weekdays, held.rostered);
        const offDays = validateLeaveRequest(draft, schedule, { daysOffKnown });
        if (offDays.length > 0) throw unprocessable(offDays);
      }
      const created = await this.absences.insert(em, {
        organisationId: user.organisationId,
        departmentId: person.departmentId,
        staffMemberId: staffId,
        kind: body.kind,
        status,
        startDate: body.startDate,
        endDate: body.endDate,
        startTime: body.startTime ?? null,
        endTime: body.endTime ?? null,
        note: body.note ?? null,
        requestedByAccountId: user.accountId,
        decidedBy: status === 'approved' ? user.displayName : null,
        decidedAt: status === 'approved' ? this.clock.now() : null,
      });
      if (status === 'approved') await this.withdrawShifts(em, created);
      await this.audit.record(em, user, { action: 'create', entityType: 'absence', entityId: created.id, departmentId: person.departmentId, before: null, after: absenceAuditSnapshot(created) });
      return toAbsenceDto(created, person.name);
    });
  }

  /** Someone other than the person it is about decides: anyone up their line, the department manager, an admin. */
  decide(user: CurrentUser, id: string, body: AbsenceDecisionDto): Promise<AbsenceDto> {
    return this.work.transaction(async (em) => {
      const visible = await this.visible(em, user, id);
      await this.scope.assertMayDecide(user, { kind: 'leave', requesterId: visible.staffMemberId, otherIds: [], departmentId: visible.departmentId }, em);
      const current = await this.lock(em, id, body.version);
      if (current.status !== 'requested') throw unprocessable([{ field: 'decision', message: `the absence is already ${current.status}` }]);
      if (body.decision === 'approve') {
        const check = await this.checkAgainstRota(em, user, current);
        if (check.errors.length > 0) throw unprocessable(check.errors);
        const hard = check.introduced.filter((v) => v.severity === 'hard');
        if (hard.length > 0) throw hardRuleBroken(hard, 'decision');
        if (check.clashes.length > 0) throw unprocessable(check.clashes.map((c) => ({ field: 'decision', message: c.message })));
      }
      const status = body.decision === 'approve' ? 'approved' : 'declined';
      const updated = await this.absences.changeStatus(em, id, { status, decidedBy: user.displayName, decidedAt: this.clock.now(), ...(body.note ? { note: body.note } : {}) });
      const withdrawn = status === 'approved' ? await this.withdrawShifts(em, updated) : [];
      await this.audit.record(em, user, { action: 'update', entityType: 'absence', entityId: id, departmentId: updated.departmentId, before: absenceAuditSnapshot(current), after: { ...absenceAuditSnapshot(updated), withdrawnAssignments: withdrawn } });
      return toAbsenceDto(updated, visible.staffName);
    });
  }

  /** The person asked for it (or it was recorded for them), or a manager of the department withdraws it. */
  cancel(user: CurrentUser, id: string, version: number): Promise<AbsenceDto> {
    return this.work.transaction(async (em) => {
      const visible = await this.visible(em, user, id);
      const isRequester = visible.requestedByAccountId === user.accountId || visible.staffMemberId === user.staffMemberId;
      if (!isRequester && !this.scope.runsDepartment(user, visible.departmentId)) throw notFound('absence');
      if (visible.sicknessEpisodeId) throw unprocessable([{ field: 'version', message: 'follows a sickness episode: close or change the episode on the person’s record instead' }]);
      const current = await this.lock(em, id, version);
      if (current.status === 'cancelled' || current.status === 'declined') throw unprocessable([{ field: 'version', message: `the absence is already ${current.status}` }]);
      const updated = await this.absences.changeStatus(em, id, { status: 'cancelled' });
      await this.audit.record(em, user, { action: 'update', entityType: 'absence', entityId: id, departmentId: updated.departmentId, before: absenceAuditSnapshot(current), after: absenceAuditSnapshot(updated) });
      return toAbsenceDto(updated, visible.staffName);
    });
  }

  /** An absence the caller may see: their own, or one of a person in a department and line they read. */
  private async visible(em: EntityManager, user: CurrentUser, id: string): Promise<NamedAbsence> {
    const row = await this.absences.findInOrganisation(em, user.organisationId, id);
    if (!row || !(await this.scope.mayReadPersonRota(user, { id: row.staffMemberId, departmentId: row.departmentId }, em))) throw notFound('absence');
    return row;
  }

  private async lock(em: EntityManager, id: string, version: number): Promise<AbsenceEntity> {
    const current = await this.absences.lock(em, id);
    if (!current) throw notFound('absence');
    if (current.version !== version) throw staleVersion('absence', version, current.version);
    return current;
  }

  /** The leave check against the department's rota period that the absence starts in (or the next one). */
  private async checkAgainstRota(em: EntityManager, user: CurrentUser, absence: AbsenceEntity): Promise<LeaveRequestCheck> {
    const others = (await this.rotas.absences(em, user.organisationId, absence.departmentId, absence.startDate, absence.endDate)).filter((a) => a.id !== absence.id);
    const period = await this.periods.findFirstOverlapping(em, absence.departmentId, absence.startDate, absence.endDate);
    // The period's rota already holds the department's staff; read them alone only when there is no period.
    const loaded = period ? await this.rotas.load(em, user.organisationId, absence.departmentId, period) : undefined;
    const staff = loaded?.staff ?? (await this.rotas.staff(em, user.organisationId, absence.departmentId));
    const rota = loaded ? createRotaChecker(loaded.input) : undefined;
    return checkLeaveRequest({ ...toDomain(absence), status: 'requested' }, { staff, absences: others, clashRules: departmentClashRules(staff), ...(rota ? { rota } : {}) });
  }

  private withdrawShifts(em: EntityManager, absence: AbsenceEntity): Promise<string[]> {
    return withdrawCoveredShifts(em, this.shifts, this.periods, absence);
  }
}
