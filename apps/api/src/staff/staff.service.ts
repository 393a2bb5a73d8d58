import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { type CreateStaffDto, type ExportStaffQuery, type ListStaffQuery, type Page, type StaffFieldName, type StaffMemberDto, type StaffSummaryDto, type UpdateStaffDto } from '@recordroom/contracts';
import { DEFAULT_DBS_RENEWAL_YEARS, lineManagementCycle, payPointCount, wholeTimeEquivalent } from '@recordroom/people';
import { type Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { csvStream, type CsvCell } from '../http/csv.js';
import { duplicate, forbidden, notFound, staleVersion, unprocessable, type FieldError } from '../http/problem.js';
import { StaffMemberEntity } from './staff-member.entity.js';
import { ScopeService } from '../scope/scope.service.js';
import { type StaffScope } from '../scope/staff-scope.js';
import { staffAuditSnapshot, toStaffMemberDto } from './staff.mapper.js';
import { StaffRepository, type StaffMemberRow } from './staff.repository.js';

/** What an officer may change on a record in their line; the rest is for managers. */
const OFFICER_EDITABLE: readonly StaffFieldName[] = ['skills', 'dbsCheckDate'];

/** Field names as a person reads them, for messages. */
const FIELD_LABELS: Readonly<Record<StaffFieldName, string>> = {
  employeeNumber: 'employee number',
  firstName: 'first name',
  lastName: 'last name',
  jobTitle: 'job title',
  departmentId: 'department',
  teamId: 'team',
  band: 'band',
  payPoint: 'pay point',
  contractType: 'contract',
  contractedHoursPerWeek: 'contracted hours',
  skills: 'skills',
  lineManagerId: 'line manager',
  nhsServiceStartDate: 'NHS service start date',
  workingTimeOptOut: 'working-time opt-out',
  dbsCheckDate: 'DBS check date',
};

/**
 * The dates of a record that today bounds (the schema bounds the rest): an NHS service start at
 * most a year ahead, a DBS check not after today (it is dated when it was done).
 */
function datesAgainstToday(values: { nhsServiceStartDate?: IsoDate | undefined; dbsCheckDate?: IsoDate | null | undefined }, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  const latestStart = addMonthsClamped(today, NHS_SERVICE_START_MONTHS_AHEAD);
  if (values.nhsServiceStartDate !== undefined && values.nhsServiceStartDate > latestStart) {
    errors.push({ field: 'nhsServiceStartDate', message: `must be on or before ${latestStart}, a year from today: a new starter's record is made at most a year ahead` });
  }
  if (values.dbsCheckDate !== undefined && values.dbsCheckDate !== null && values.dbsCheckDate > today) {
    errors.push({ field: 'dbsCheckDate', message: `must be on or before today, ${today}: a DBS check is dated when it was done` });
  }
  return errors;
}

function throwIfAny(errors: FieldError[]): void {
  if (errors.length > 0) throw unprocessable(errors);
}

function labels(fields: readonly StaffFieldName[]): string {
  return fields.map((field) => FIELD_LABELS[field]).join(', ');
}
const DBS_DUE_LIST_LIMIT = 50;
/** A new starter's record is made before their first day, but not more than a year ahead of it. */
const NHS_SERVICE_START_MONTHS_AHEAD = 12;

type StaffValues = Omit<StaffMemberEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class StaffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffRepository,
    private readonly scope: ScopeService,
    private readonly audit: AuditTrail,
  ) {}

  async list(user: CurrentUser, query: ListStaffQuery): Promise<Page<StaffMemberDto>> {
    const { page, pageSize, sort, order, ...filter } = query;
    const { rows, total } = await this.staff.findStaffPage(this.scope.staffReadScope(user), filter, sort, order, page, pageSize);
    return { items: rows.map(toStaffMemberDto), page, pageSize, total };
  }

  /** The records in the caller's scope as CSV, read from the database a page at a time as the file is sent. */
  exportCsv(user: CurrentUser, query: ExportStaffQuery): Readable {
    const { sort, order, ...filter } = query;
    const rows = this.staff.streamStaff(this.scope.staffReadScope(user), filter, sort, order);
    async function* records(): AsyncGenerator<CsvCell[]> {
      for await (const row of rows) {
        const s = toStaffMemberDto(row);
        yield [
          s.employeeNumber, s.firstName, s.lastName, s.jobTitle, s.departmentName, s.teamName, s.band, s.payPoint, s.contractType,
          s.contractedHoursPerWeek, s.wholeTimeEquivalent, s.skills.join('; '), s.lineManagerName, s.nhsServiceStartDate,
          s.workingTimeOptOut ? 'yes' : 'no', s.dbsCheckDate,
        ];
      }
    }
    return csvStream([
      'Employee number', 'First name', 'Last name', 'Job title', 'Department', 'Team', 'Band', 'Pay point', 'Contract',
      'Contracted hours', 'WTE', 'Skills', 'Line manager', 'NHS service start', 'Working-time opt-out', 'DBS check date',
    ], records());
  }

  async get(user: CurrentUser, id: string): Promise<StaffMemberDto> {
    const row = await this.staff.findVisibleStaffMember(this.scope.staffReadScope(user), id);
    if (!row) throw notFound('staff member');
    return toStaffMemberDto(row);
  }

  /** Head count, WTE and part-time share by band and team, and DBS renewals due, in the caller's scope. */
  async summary(user: CurrentUser, today: IsoDate): Promise<StaffSummaryDto> {
    const scope = this.scope.staffReadScope(user);
    const { byBand, byTeam } = await this.staff.summariseStaff(scope);
    const due = await this.staff.findDbsChecksDue(scope, today, DEFAULT_DBS_RENEWAL_YEARS, DBS_DUE_LIST_LIMIT);
    const hours = byBand.reduce((sum, b) => sum + b.hours, 0);
    return {
      headcount: byBand.reduce((sum, b) => sum + b.headcount, 0),
      wholeTimeEquivalent: wholeTimeEquivalent(hours),
      partTimeHeadcount: byBand.reduce((sum, b) => sum + b.partTime, 0),
      byBand: byBand.map((b) => ({ band: b.band, headcount: b.headcount, wholeTimeEquivalent: wholeTimeEquivalent(b.hours) })),
      byTeam: byTeam.map((t) => ({ teamId: t.teamId, teamName: t.teamName ?? 'No team', headcount: t.headcount })),
      dbsChecksDue: due.map((d) => ({ id: d.id, displayName: `${d.firstName} ${d.lastName}`, dbsCheckDate: d.dbsCheckDate })),
    };
  }

  async create(user: CurrentUser, input: CreateStaffDto, today: IsoDate): Promise<StaffMemberDto> {
    const scope = this.scope.staffWriteScope(user);
    throwIfAny(datesAgainstToday(input, today));
    const departmentId = input.departmentId ?? user.departmentId;
    if (!departmentId) throw unprocessable([{ field: 'departmentId', message: 'is required' }]);
    // Employment with this trust starts with the NHS service unless the person brought earlier service with them.
    const values: StaffValues = { ...input, departmentId, organisationId: user.organisationId, employmentStartDate: input.nhsServiceStartDate, employmentEndDate: null };
    return this.dataSource.transaction(async (em) => {
      await this.checkRules(em, user, scope, values, null);
      const id = await this.staff.insertStaffMember(em, values);
      const created = await this.mustFind(em, scope, id);
      await this.audit.record(em, user, { action: 'create', entityType: 'staff-member', entityId: id, departmentId, before: null, after: staffAuditSnapshot(created.staff) });
      return toStaffMemberDto(created);
    });
  }

  async update(user: CurrentUser, id: string, input: UpdateStaffDto, today: IsoDate): Promise<StaffMemberDto> {
    const scope = this.scope.staffWriteScope(user);
    const { version, ...changes } = input;
    if (user.role === 'officer') {
      const notAllowed = (Object.keys(changes) as StaffFieldName[]).filter((field) => !OFFICER_EDITABLE.includes(field));
      if (notAllowed.length > 0) throw forbidden(`An officer may change only ${labels(OFFICER_EDITABLE)}; ask a manager to change the ${labels(notAllowed)}.`);
    }
    // Only the dates sent: a record made as a new starter's stays valid as its start date comes round.
    throwIfAny(datesAgainstToday(changes, today));
    return this.dataSource.transaction(async (em) => {
      const current = await this.lockWritable(em, user, scope, id);
      if (current.version !== version) throw staleVersion('staff member', version, current.version);
      const next: StaffValues = { ...current, ...changes };
      await this.checkRules(em, user, scope, next, current);
      await this.staff.updateStaffMember(em, id, changes);
      const updated = await this.mustFind(em, scope, id);
      await this.audit.record(em, user, {
        action: 'update',
        entityType: 'staff-member',
        entityId: id,
        departmentId: updated.staff.departmentId,
        before: staffAuditSnapshot(current),
        after: staffAuditSnapshot(updated.staff),
      });
      return toStaffMemberDto(updated);
    });
  }

  async remove(user: CurrentUser, id: string, version: number): Promise<void> {
    const scope = this.scope.staffWriteScope(user);
    await this.dataSource.transaction(async (em) => {
      const current = await this.lockWritable(em, user, scope, id);
      if (current.version !== version) throw staleVersion('staff member', version, current.version);
      const reports = await this.staff.countDirectReports(em, id);
      if (reports > 0) {
        throw unprocessable([{ field: 'id', message: `line-manages ${reports} ${reports === 1 ? 'person' : 'people'}; give them another line manager first` }]);
      }
      await this.staff.deleteStaffMember(em, id);
      await this.audit.record(em, user, { action: 'delete', entityType: 'staff-member', entityId: id, departmentId: current.departmentId, before: staffAuditSnapshot(current), after: null });
    });
  }

  private async lockWritable(em: EntityManager, user: CurrentUser, scope: StaffScope, id: string): Promise<StaffMemberEntity> {
    const visible = await this.staff.findVisibleStaffMember(scope, id, em);
    if (!visible) throw notFound('staff member');
    if (scope.kind === 'line' && id === scope.managerId) throw forbidden('Officers cannot change their own record; ask your manager.');
    const locked = await this.staff.lockStaffMember(em, user.organisationId, id);
    if (!locked) throw notFound('staff member');
    return locked;
  }

  private async mustFind(em: EntityManager, scope: StaffScope, id: string): Promise<StaffMemberRow> {
    const row = await this.staff.findVisibleStaffMember(scope, id, em);
    if (!row) throw notFound('staff member');
    return row;
  }

  /**
   * Rules that span records: department, team and line manager in the same organisation (and the
   * team in the same department), the manager's own department, pay point within the band, no loop
   * in the line-management chain, a unique employee number.
   */
  private async checkRules(em: EntityManager, user: CurrentUser, scope: StaffScope, next: StaffValues, current: StaffMemberEntity | null): Promise<void> {
    const errors: FieldError[] = [];
    const organisationId = user.organisationId;
    if (scope.kind === 'department' && next.departmentId !== scope.departmentId) {
      throw forbidden('Managers can only hold staff records in their own department.');
    }
    if (!current || next.departmentId !== current.departmentId) {
      if (!(await this.staff.findDepartment(em, organisationId, next.departmentId))) {
        errors.push({ field: 'departmentId', message: 'is not a department of your organisation' });
      }
    }
    if (next.teamId !== null) {
      const team = await this.staff.findTeam(em, organisationId, next.teamId);
      if (!team) errors.push({ field: 'teamId', message: 'is not a team of your organisation' });
      else if (team.departmentId !== next.departmentId) errors.push({ field: 'teamId', message: 'is a team of another department' });
    }
    if (next.payPoint > payPointCount(next.band)) {
      errors.push({ field: 'payPoint', message: `must be between 1 and ${payPointCount(next.band)} for Band ${next.band}` });
    }
    if (next.lineManagerId !== null && next.lineManagerId !== current?.lineManagerId) {
      errors.push(...(await this.lineManagerErrors(em, user, current?.id ?? null, next.lineManagerId)));
    }
    if (errors.length > 0) throw unprocessable(errors);
    if (await this.staff.employeeNumberTaken(em, organisationId, next.employeeNumber, current?.id)) {
      throw duplicate('employeeNumber', `${next.employeeNumber} is already used by another staff member`);
    }
  }

  /**
   * The line manager must be someone whose record the user may read (a manager: their department),
   * told exactly as an unknown id is, so nothing about a person out of reach comes back; a loop is
   * named with the people in it, those out of reach only as such.
   */
  private async lineManagerErrors(em: EntityManager, user: CurrentUser, personId: string | null, lineManagerId: string): Promise<FieldError[]> {
    if (!(await this.scope.mayReadStaffMember(user, lineManagerId, em))) return [{ field: 'lineManagerId', message: `must be a staff member of ${this.scope.reachInWords(user)}` }];
    if (personId === null) return [];
    const links = await this.staff.lineManagementLinks(user.organisationId, em);
    const cycle = lineManagementCycle(personId, lineManagerId, links);
    if (!cycle) return [];
    const names = await this.scope.readableNames(user, [...new Set(cycle)], em);
    const outside = `someone outside ${this.scope.reachInWords(user)}`;
    return [{ field: 'lineManagerId', message: `would make a loop in the line-management chain: ${cycle.map((id) => names.get(id) ?? outside).join(' → ')}` }];
  }
}
