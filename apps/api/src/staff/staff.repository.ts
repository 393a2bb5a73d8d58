import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type StaffFilter, type StaffSort } from '@recordroom/contracts';
import { AFC_BANDS, type AfcBand, type LineManagementLink } from '@recordroom/people';
import { DataSource, type EntityManager } from 'typeorm';
import { preparedOn, type RunSql } from '../database/run-sql.js';
import { SqlParams } from '../database/sql-params.js';
import { DepartmentEntity } from '../organisation/department.entity.js';
import { TeamEntity } from '../organisation/team.entity.js';
import { StaffMemberEntity } from './staff-member.entity.js';
import { scopeSql, type ResolvedScope } from '../scope/scope-sql.js';
import { type StaffScope } from '../scope/staff-scope.js';

/** A staff member with the names the directory shows beside the ids. */
export interface StaffMemberRow {
  staff: StaffMemberEntity;
  teamName: string | null;
  departmentName: string;
  lineManagerName: string | null;
}

export interface StaffSummaryRows {
  byBand: { band: AfcBand; headcount: number; hours: number; partTime: number }[];
  byTeam: { teamId: string | null; teamName: string | null; headcount: number }[];
}

const SORT_SQL: Readonly<Record<StaffSort, string>> = {
  lastName: 's.last_name',
  employeeNumber: 's.employee_number',
  // Bands sort in pay order, not text order ('8a' after '7').
  band: `array_position(ARRAY[${AFC_BANDS.map((b) => `'${b}'`).join(',')}]::text[], s.band)`,
  contractedHoursPerWeek: 's.contracted_hours_per_week',
  teamName: 't.name',
  nhsServiceStartDate: 's.nhs_service_start_date',
  dbsCheckDate: 's.dbs_check_date',
};

const COLUMNS = `s.id, s.organisation_id, s.department_id, s.team_id, s.employee_number, s.first_name, s.last_name,
  s.job_title, s.band, s.pay_point, s.contract_type, s.contracted_hours_per_week, s.skills, s.line_manager_id,
  to_char(s.nhs_service_start_date, 'YYYY-MM-DD') AS nhs_service_start_date, s.working_time_opt_out,
  to_char(s.dbs_check_date, 'YYYY-MM-DD') AS dbs_check_date, s.version, s.created_at, s.updated_at,
  t.name AS team_name, d.name AS department_name, m.first_name || ' ' || m.last_name AS line_manager_name`;

const FROM = `staff_member s
  JOIN department d ON d.id = s.department_id
  LEFT JOIN team t ON t.id = s.team_id
  LEFT JOIN staff_member m ON m.id = s.line_manager_id`;

interface RawStaffRow {
  id: string;
  organisation_id: string;
  department_id: string;
  team_id: string | null;
  employee_number: string;
  first_name: string;
  last_name: string;
  job_title: string;
  band: StaffMemberEntity['band'];
  pay_point: number;
  contract_type: StaffMemberEntity['contractType'];
  contracted_hours_per_week: string;
  skills: StaffMemberEntity['skills'];
  line_manager_id: string | null;
  nhs_service_start_date: string;
  working_time_opt_out: boolean;
  dbs_check_date: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  team_name: string | null;
  department_name: string;
  line_manager_name: string | null;
}

/**
 * The rows of one directory page and the total that match, in the SQL the request runs. Exported
 * for the benchmark's raw-SQL baseline.
 */
export async function selectStaffPage(
  run: RunSql,
  scope: StaffScope,
  filter: StaffFilter,
  sort: StaffSort,
  order: 'asc' | 'desc',
  page: number,
  pageSize: number,
): Promise<{ raw: RawStaffRow[]; total: number }> {
  const params = new SqlParams();
  // The page and its count each filter on the scope: an officer's line is walked once, first
  // (walking it is what an officer's request costs most), and both filter on the list of ids.
  const where = `${scopeSql(await resolveLine(run, scope), params)} AND ${filterSql(filter, params)}`;
  const filterValues = [...params.values];
  const ordering = `${SORT_SQL[sort]} ${order === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, s.last_name, s.first_name, s.id`;
  const limit = params.add(pageSize);
  const offset = params.add((page - 1) * pageSize);
  // The page's ids are chosen first on staff_member alone (team only when sorting by it), and
  // only those rows are joined for names: the cost stays with the page, not the trust. Choosing
  // them with a plain ORDER BY ... LIMIT (no window function over the whole match) lets
  // PostgreSQL stop early on an index or keep only the top rows of a sort; the 25 rows are then
  // put in the same order again. The total comes in the same statement, counted once.
  const raw = await run<RawStaffRow & { total: string }>(
    `SELECT ${COLUMNS}, (SELECT count(*) FROM staff_member s WHERE ${where}) AS total
       FROM ${FROM}
      WHERE s.id = ANY (ARRAY(
              SELECT s.id FROM staff_member s ${sort === 'teamName' ? 'LEFT JOIN team t ON t.id = s.team_id' : ''}
               WHERE ${where}
               ORDER BY ${ordering} LIMIT ${limit} OFFSET ${offset}))
      ORDER BY ${ordering}`,
    params.values,
  );
  const first = raw[0];
  if (first) return { raw, total: Number(first.total) };
  // A page past the end has no row to carry the total: count separately, only then.
  if (page === 1) return { raw, total: 0 };
  const counted = await run<{ total: string }>(`SELECT count(*) AS total FROM staff_member s WHERE ${where}`, filterValues);
  return { raw, total: Number(counted[0]?.total ?? 0) };
}

/**
 * An officer's line as a list of ids, found once: a page and its count, or a summary's two
 * aggregates, then filter on the list instead of each walking the line again.
 */
async function resolveLine(run: RunSql, scope: StaffScope): Promise<ResolvedScope> {
  if (scope.kind !== 'line') return scope;
  const params = new SqlParams();
  const rows = await run<{ id: string }>(`SELECT s.id FROM staff_member s WHERE ${scopeSql(scope, params)}`, params.values);
  return { kind: 'members', organisationId: scope.organisationId, ids: rows.map((row) => row.id) };
}

/**
 * Every query on staff members. Each one is limited by a StaffScope in SQL, so a record outside
 * the caller's organisation, department or line is never read, not merely hidden afterwards.
 */
@Injectable()
export class StaffRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findStaffPage(scope: StaffScope, filter: StaffFilter, sort: StaffSort, order: 'asc' | 'desc', page: number, pageSize: number): Promise<{ rows: StaffMemberRow[]; total: number }> {
    const { raw, total } = await selectStaffPage(preparedOn(this.dataSource), scope, filter, sort, order, page, pageSize);
    return { rows: raw.map(toRow), total };
  }

  /** Pages through every matching record in sort order, for exports: memory stays bounded. */
  async *streamStaff(scope: StaffScope, filter: StaffFilter, sort: StaffSort, order: 'asc' | 'desc', batchSize = 500): AsyncGenerator<StaffMemberRow> {
    for (let page = 1; ; page += 1) {
      const { rows } = await this.findStaffPage(scope, filter, sort, order, page, batchSize);
      yield* rows;
      if (rows.length < batchSize) return;
    }
  }

  async findVisibleStaffMember(scope: StaffScope, id: string, em?: EntityManager): Promise<StaffMemberRow | null> {
    const params = new SqlParams();
    const idParam = params.add(id);
    const raw: RawStaffRow[] = await (em ?? this.dataSource.manager).query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE s.id = ${idParam} AND ${scopeSql(scope, params)}`,
      params.values,
    );
    return raw[0] ? toRow(raw[0]) : null;
  }

  /** The record in the organisation, locked for update, regardless of the caller's scope. */
  lockStaffMember(em: EntityManager, organisationId: string, id: string): Promise<StaffMemberEntity | null> {
    return em.getRepository(StaffMemberEntity).findOne({ where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  async lineManagementLinks(organisationId: string, em: EntityManager): Promise<LineManagementLink[]> {
    const rows: { id: string; line_manager_id: string | null }[] = await em.query(
      'SELECT id, line_manager_id FROM staff_member WHERE organisation_id = $1',
      [organisationId],
    );
    return rows.map((row) => ({ id: row.id, lineManagerId: row.line_manager_id }));
  }

  async countDirectReports(em: EntityManager, id: string): Promise<number> {
    return em.getRepository(StaffMemberEntity).count({ where: { lineManagerId: id } });
  }

  async employeeNumberTaken(em: EntityManager, organisationId: string, employeeNumber: string, exceptId?: string): Promise<boolean> {
    const rows: unknown[] = await em.query(
      'SELECT 1 FROM staff_member WHERE organisation_id = $1 AND employee_number = $2 AND id IS DISTINCT FROM $3',
      [organisationId, employeeNumber, exceptId ?? null],
    );
    return rows.length > 0;
  }

  findDepartment(em: EntityManager, organisationId: string, id: string): Promise<DepartmentEntity | null> {
    return em.getRepository(DepartmentEntity).findOne({ where: { id, organisationId } });
  }

  findTeam(em: EntityManager, organisationId: string, id: string): Promise<TeamEntity | null> {
    return em.getRepository(TeamEntity).findOne({ where: { id, organisationId } });
  }

  async insertStaffMember(em: EntityManager, staff: Omit<StaffMemberEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<string> {
    const result = await em.insert(StaffMemberEntity, staff);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Writes the changes and moves the version on by one; the caller has checked the version under lock. */
  async updateStaffMember(em: EntityManager, id: string, changes: Partial<StaffMemberEntity>): Promise<void> {
    await em
      .createQueryBuilder()
      .update(StaffMemberEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  async deleteStaffMember(em: EntityManager, id: string): Promise<void> {
    await em.delete(StaffMemberEntity, { id });
  }

  /** Head count, contracted hours and part-time count by band, and head count by team, in scope. */
  async summariseStaff(scope: StaffScope): Promise<StaffSummaryRows> {
    const params = new SqlParams();
    const where = scopeSql(await resolveLine(preparedOn(this.dataSource), scope), params);
    // staff_member_band_check keeps the column to the Agenda for Change bands.
    const byBand: { band: AfcBand; headcount: string; hours: string; part_time: string }[] = await this.dataSource.query(
      `SELECT s.band, count(*) AS headcount, sum(s.contracted_hours_per_week) AS hours,
              count(*) FILTER (WHERE s.contract_type <> 'bank' AND s.contracted_hours_per_week < 37.5) AS part_time
         FROM staff_member s WHERE ${where} GROUP BY s.band`,
      params.values,
    );
    const byTeam: { team_id: string | null; team_name: string | null; headcount: string }[] = await this.dataSource.query(
      `SELECT s.team_id, t.name AS team_name, count(*) AS headcount
         FROM staff_member s LEFT JOIN team t ON t.id = s.team_id WHERE ${where}
        GROUP BY s.team_id, t.name ORDER BY t.name NULLS LAST`,
      params.values,
    );
    return {
      byBand: byBand.map((r) => ({ band: r.band, headcount: Number(r.headcount), hours: Number(r.hours), partTime: Number(r.part_time) })),
      byTeam: byTeam.map((r) => ({ teamId: r.team_id, teamName: r.team_name, headcount: Number(r.headcount) })),
    };
  }

  /**
   * People in scope whose DBS renewal is due on `today`: no check, or a check `renewalYears` or more
   * ago. The SQL is isDbsRenewalDue of @recordroom/people: date + interval clamps to the month's
   * end as addMonthsClamped does (a check of 29 Feb 2024 is due on 28 Feb 2027). Oldest first.
   */
  async findDbsChecksDue(scope: StaffScope, today: string, renewalYears: number, limit: number): Promise<{ id: string; firstName: string; lastName: string; dbsCheckDate: string | null }[]> {
    const params = new SqlParams();
    const where = scopeSql(await resolveLine(preparedOn(this.dataSource), scope), params);
    const rows: { id: string; first_name: string; last_name: string; dbs_check_date: string | null }[] = await this.dataSource.query(
      `SELECT s.id, s.first_name, s.last_name, to_char(s.dbs_check_date, 'YYYY-MM-DD') AS dbs_check_date
         FROM staff_member s
        WHERE ${where} AND (s.dbs_check_date IS NULL
              OR s.dbs_check_date + make_interval(months => ${params.add(renewalYears * 12)}::int) <= ${params.add(today)}::date)
        ORDER BY s.dbs_check_date NULLS FIRST, s.last_name LIMIT ${params.add(limit)}`,
      params.values,
    );
    return rows.map((r) => ({ id: r.id, firstName: r.first_name, lastName: r.last_name, dbsCheckDate: r.dbs_check_date }));
  }
}

function filterSql(filter: StaffFilter, params: SqlParams): string {
  const conditions = ['TRUE'];
  if (filter.search) {
    const like = params.add(`%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    conditions.push(`(s.first_name || ' ' || s.last_name ILIKE ${like} OR s.employee_number ILIKE ${like} OR s.job_title ILIKE ${like})`);
  }
  if (filter.band) conditions.push(`s.band = ${params.add(filter.band)}`);
  if (filter.teamId) conditions.push(`s.team_id = ${params.add(filter.teamId)}`);
  if (filter.departmentId) conditions.push(`s.department_id = ${params.add(filter.departmentId)}`);
  if (filter.contractType) conditions.push(`s.contract_type = ${params.add(filter.contractType)}`);
  if (filter.skill) conditions.push(`${params.add(filter.skill)} = ANY (s.skills)`);
  return conditions.join(' AND ');
}

function toRow(raw: RawStaffRow): StaffMemberRow {
  const staff = Object.assign(new StaffMemberEntity(), {
    id: raw.id,
    organisationId: raw.organisation_id,
    departmentId: raw.department_id,
    teamId: raw.team_id,
    employeeNumber: raw.employee_number,
    firstName: raw.first_name,
    lastName: raw.last_name,
    jobTitle: raw.job_title,
    band: raw.band,
    payPoint: raw.pay_point,
    contractType: raw.contract_type,
    contractedHoursPerWeek: Number(raw.contracted_hours_per_week),
    skills: raw.skills,
    lineManagerId: raw.line_manager_id,
    nhsServiceStartDate: raw.nhs_service_start_date,
    workingTimeOptOut: raw.working_time_opt_out,
    dbsCheckDate: raw.dbs_check_date,
    version: raw.version,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  });
  return { staff, teamName: raw.team_name, departmentName: raw.department_name, lineManagerName: raw.line_manager_name };
}
