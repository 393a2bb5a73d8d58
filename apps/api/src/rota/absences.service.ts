import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AbsenceDecisionDto, type AbsenceDto, type CreateAbsenceDto, type ListAbsencesQuery, type Page } from '@recordroom/contracts';
import { checkLeaveRequest, createRotaChecker, validateAbsence, type Absence, type LeaveRequestCheck, type RotaChecker } from '@recordroom/rota';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { SqlParams } from '../database/sql-params.js';
import { forbidden, notFound, staleVersion, unprocessable } from '../http/problem.js';
import { AbsenceEntity } from './entities/absence.entity.js';
import { RotaAssignmentEntity } from './entities/rota-assignment.entity.js';
import { RotaPeriodEntity } from './entities/rota-period.entity.js';
import { departmentClashRules } from './leave-clash-rules.js';
import { bumpPeriodVersion } from './period-edits.js';
import { RotaAccess } from './rota-access.js';
import { RotaInputRepository } from './rota-input.repository.js';
import { hardRuleBroken } from './rota-problems.js';
import { absenceAuditSnapshot, toAbsenceDto } from './rota.mapper.js';
import { Clock } from '../time/clock.js';

const ABSENCE_COLUMNS = `a.id, a.organisation_id AS "organisationId", a.department_id AS "departmentId", a.staff_member_id AS "staffMemberId", a.kind, a.status,
  a.start_date AS "startDate", a.end_date AS "endDate", a.start_time AS "startTime", a.end_time AS "endTime", a.note,
  a.requested_by_account_id AS "requestedByAccountId", a.decided_by AS "decidedBy", a.decided_at AS "decidedAt", a.version,
  a.created_at AS "createdAt", a.updated_at AS "updatedAt", s.first_name || ' ' || s.last_name AS "staffName"`;

type AbsenceRow = AbsenceEntity & { staffName: string };

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RotaAccess,
    private readonly rotas: RotaInputRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async list(user: CurrentUser, query: ListAbsencesQuery): Promise<Page<AbsenceDto>> {
    const params = new SqlParams();
    const where = [`a.organisation_id = ${params.add(user.organisationId)}`];
    if (user.role === 'admin' || user.role === 'senior') {
      if (query.departmentId) where.push(`s.department_id = ${params.add(query.departmentId)}`);
    } else {
      where.push(`s.department_id = ${params.add(await this.access.department(user, query.departmentId))}`);
    }
    const line = await this.access.line(user);
    if (line) where.push(`a.staff_member_id = ANY (${params.add([...line])}::uuid[])`);
    if (query.status) where.push(`a.status = ${params.add(query.status)}`);
    if (query.from) where.push(`a.end_date >= ${params.add(query.from)}`);
    if (query.to) where.push(`a.start_date <= ${params.add(query.to)}`);
    const filter = where.join(' AND ');
    const values = [...params.values];
    const rows: AbsenceRow[] = await this.dataSource.query(
      `SELECT ${ABSENCE_COLUMNS} FROM absence a JOIN staff_member s ON s.id = a.staff_member_id WHERE ${filter}
        ORDER BY a.start_date DESC, s.last_name, a.id LIMIT ${params.add(query.pageSize)} OFFSET ${params.add((query.page - 1) * query.pageSize)}`,
      params.values,
    );
    const counted: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM absence a JOIN staff_member s ON s.id = a.staff_member_id WHERE ${filter}`, values);
    return { items: rows.map((r) => toAbsenceDto(r, r.staffName)), page: query.page, pageSize: query.pageSize, total: counted[0]?.n ?? 0 };
  }

  async mine(user: CurrentUser): Promise<AbsenceDto[]> {
    if (!user.staffMemberId) throw forbidden('Your account is not linked to a staff record.');
    const rows: AbsenceRow[] = await this.dataSource.query(
      `SELECT ${ABSENCE_COLUMNS} FROM absence a JOIN staff_member s ON s.id = a.staff_member_id WHERE a.organisation_id = $1 AND a.staff_member_id = $2 ORDER BY a.start_date DESC`,
      [user.organisationId, user.staffMemberId],
    );
    return rows.map((r) => toAbsenceDto(r, r.staffName));
  }

  async check(user: CurrentUser, id: string): Promise<LeaveRequestCheck> {
    const em = this.dataSource.manager;
    const absence = await this.visible(em, user, id);
    return this.checkAgainstRota(em, user, absence).then((r) => r.check);
  }

  async create(user: CurrentUser, body: CreateAbsenceDto): Promise<AbsenceDto> {
    return this.dataSource.transaction(async (em) => {
      const staffId = body.staffId ?? user.staffMemberId;
      if (!staffId) throw unprocessable([{ field: 'staffId', message: 'is required: your account has no staff record of its own' }]);
      const person = await this.personInScope(em, user, staffId);
      const forSelf = staffId === user.staffMemberId;
      if (user.role === 'staff' && !forSelf) throw notFound('staff member');
      const status = !forSelf && body.kind === 'sickness' ? 'approved' : 'requested';
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
      const others = await this.absencesOf(em, user.organisationId, staffId);
      const errors = validateAbsence(draft, others.map(toDomain));
      if (errors.length > 0) throw unprocessable(errors);
      const { identifiers } = await em.insert(AbsenceEntity, {
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
      const created = await em.getRepository(AbsenceEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
      if (status === 'approved') await this.withdrawShifts(em, created);
      await this.audit.record(em, user, { action: 'create', entityType: 'absence', entityId: created.id, departmentId: person.departmentId, before: null, after: absenceAuditSnapshot(created) });
      return toAbsenceDto(created, person.name);
    });
  }

  async decide(user: CurrentUser, id: string, body: AbsenceDecisionDto): Promise<AbsenceDto> {
    return this.dataSource.transaction(async (em) => {
      const visible = await this.visible(em, user, id);
      const current = await this.lock(em, id, body.version);
      if (current.status !== 'requested') throw unprocessable([{ field: 'decision', message: `the absence is already ${current.status}` }]);
      if (body.decision === 'approve') {
        const { check } = await this.checkAgainstRota(em, user, current);
        if (check.errors.length > 0) throw unprocessable(check.errors);
        const hard = check.introduced.filter((v) => v.severity === 'hard');
        if (hard.length > 0) throw hardRuleBroken(hard, 'decision');
        if (check.clashes.length > 0) throw unprocessable(check.clashes.map((c) => ({ field: 'decision', message: c.message })));
      }
      const status = body.decision === 'approve' ? 'approved' : 'declined';
      await em.update(AbsenceEntity, { id }, { status, decidedBy: user.displayName, decidedAt: this.clock.now(), ...(body.note ? { note: body.note } : {}), version: () => 'version + 1', updatedAt: () => 'now()' });
      const updated = await em.getRepository(AbsenceEntity).findOneByOrFail({ id });
      const withdrawn = status === 'approved' ? await this.withdrawShifts(em, updated) : [];
      await this.audit.record(em, user, { action: 'update', entityType: 'absence', entityId: id, departmentId: updated.departmentId, before: absenceAuditSnapshot(current), after: { ...absenceAuditSnapshot(updated), withdrawnAssignments: withdrawn } });
      return toAbsenceDto(updated, visible.staffName);
    });
  }

  async cancel(user: CurrentUser, id: string, version: number): Promise<AbsenceDto> {
    return this.dataSource.transaction(async (em) => {
      const visible = await this.visible(em, user, id, true);
      const isRequester = visible.requestedByAccountId === user.accountId || visible.staffMemberId === user.staffMemberId;
      if (!isRequester && user.role !== 'admin' && user.role !== 'manager') throw notFound('absence');
      const current = await this.lock(em, id, version);
      if (current.status === 'cancelled' || current.status === 'declined') throw unprocessable([{ field: 'version', message: `the absence is already ${current.status}` }]);
      await em.update(AbsenceEntity, { id }, { status: 'cancelled', version: () => 'version + 1', updatedAt: () => 'now()' });
      const updated = await em.getRepository(AbsenceEntity).findOneByOrFail({ id });
      await this.audit.record(em, user, { action: 'update', entityType: 'absence', entityId: id, departmentId: updated.departmentId, before: absenceAuditSnapshot(current), after: absenceAuditSnapshot(updated) });
      return toAbsenceDto(updated, visible.staffName);
    });
  }

  /** An absence the caller may see: their own, or one of a person in their department or line. */
  private async visible(em: EntityManager, user: CurrentUser, id: string, ownAllowed = false): Promise<AbsenceRow> {
    const rows: AbsenceRow[] = await em.query(`SELECT ${ABSENCE_COLUMNS} FROM absence a JOIN staff_member s ON s.id = a.staff_member_id WHERE a.id = $1 AND a.organisation_id = $2`, [id, user.organisationId]);
    const row = rows[0];
    if (!row) throw notFound('absence');
    if (ownAllowed && row.staffMemberId === user.staffMemberId) return row;
    if (user.role === 'staff') throw notFound('absence');
    if (user.role !== 'admin' && user.role !== 'senior') {
      const own = await this.access.ownDepartment(user, em);
      if (own !== row.departmentId) throw notFound('absence');
      const line = await this.access.line(user, em);
      if (line && !line.has(row.staffMemberId)) throw notFound('absence');
    }
    return row;
  }

  private async lock(em: EntityManager, id: string, version: number): Promise<AbsenceEntity> {
    const current = await em.getRepository(AbsenceEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw notFound('absence');
    if (current.version !== version) throw staleVersion('absence', version, current.version);
    return current;
  }

  /** The person, if the caller may record absence for them: themselves, their line (officer), department (manager), organisation (admin). */
  private async personInScope(em: EntityManager, user: CurrentUser, staffId: string): Promise<{ departmentId: string; name: string }> {
    const rows: { department_id: string; name: string }[] = await em.query(
      `SELECT department_id, first_name || ' ' || last_name AS name FROM staff_member WHERE id = $1 AND organisation_id = $2`,
      [staffId, user.organisationId],
    );
    const person = rows[0];
    if (!person) throw notFound('staff member');
    if (staffId === user.staffMemberId || user.role === 'admin') return { departmentId: person.department_id, name: person.name };
    if (user.role === 'staff' || user.role === 'senior') throw notFound('staff member');
    if ((await this.access.ownDepartment(user, em)) !== person.department_id) throw notFound('staff member');
    const line = await this.access.line(user, em);
    if (line && !line.has(staffId)) throw notFound('staff member');
    return { departmentId: person.department_id, name: person.name };
  }

  private absencesOf(em: EntityManager, organisationId: string, staffId: string): Promise<AbsenceEntity[]> {
    return em.getRepository(AbsenceEntity).find({ where: { organisationId, staffMemberId: staffId } }).then((all) => all.filter((a) => a.status === 'approved' || a.status === 'requested'));
  }

  /** The leave check against the department's rota period that the absence starts in (or the next one). */
  private async checkAgainstRota(em: EntityManager, user: CurrentUser, absence: AbsenceEntity): Promise<{ check: LeaveRequestCheck; rota: RotaChecker | undefined }> {
    const others = (await this.rotas.absences(em, user.organisationId, absence.departmentId, absence.startDate, absence.endDate)).filter((a) => a.id !== absence.id);
    const period = await em
      .getRepository(RotaPeriodEntity)
      .createQueryBuilder('p')
      .where('p.department_id = :departmentId AND p.end_date >= :startDate AND p.start_date <= :endDate', { departmentId: absence.departmentId, startDate: absence.startDate, endDate: absence.endDate })
      .orderBy('p.start_date')
      .getOne();
    // The period's rota already holds the department's staff; read them alone only when there is no period.
    const loaded = period ? await this.rotas.load(em, user.organisationId, absence.departmentId, period) : undefined;
    const staff = loaded?.staff ?? (await this.rotas.staff(em, user.organisationId, absence.departmentId));
    const rota = loaded ? createRotaChecker(loaded.input) : undefined;
    const check = checkLeaveRequest({ ...toDomain(absence), status: 'requested' }, { staff, absences: others, clashRules: departmentClashRules(staff), ...(rota ? { rota } : {}) });
    return { check, rota };
  }

  /**
   * Approved absence takes the person off the shifts it covers, in every period not yet finalised,
   * bumping each period's version so open planners reload.
   */
  private async withdrawShifts(em: EntityManager, absence: AbsenceEntity): Promise<string[]> {
    const timed = absence.startTime !== null && absence.endTime !== null;
    const rows: { id: string; period_id: string }[] = await em.query(
      `SELECT a.id, a.period_id FROM rota_assignment a JOIN rota_shift sh ON sh.id = a.shift_id JOIN rota_period p ON p.id = a.period_id
         JOIN shift_type st ON st.id = sh.shift_type_id
        WHERE a.staff_member_id = $1 AND p.status <> 'finalised' AND sh.date BETWEEN $2 AND $3
          AND (NOT $4 OR (st.start_time < $6 AND (st.ends_next_day OR st.end_time > $5)))`,
      [absence.staffMemberId, absence.startDate, absence.endDate, timed, absence.startTime ?? '00:00', absence.endTime ?? '00:00'],
    );
    if (rows.length === 0) return [];
    await em.delete(RotaAssignmentEntity, rows.map((r) => r.id));
    for (const periodId of new Set(rows.map((r) => r.period_id))) await bumpPeriodVersion(em, periodId);
    return rows.map((r) => r.id);
  }
}
