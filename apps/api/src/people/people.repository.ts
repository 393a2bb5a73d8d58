import { Injectable } from '@nestjs/common';
import { type IsoDate } from '@recordroom/calendar';
import { type AfcBand, type ContractType, type Skill, type SicknessExclusion } from '@recordroom/people';
import { type EntityManager } from 'typeorm';

/** A person as line management reads them: the staff record's fields with team and line manager names. */
export interface PersonRow {
  id: string;
  organisationId: string;
  departmentId: string;
  teamId: string | null;
  teamName: string | null;
  firstName: string;
  lastName: string;
  jobTitle: string;
  band: AfcBand;
  contractType: ContractType;
  contractedHoursPerWeek: number;
  skills: Skill[];
  lineManagerId: string | null;
  lineManagerName: string | null;
  nhsServiceStartDate: IsoDate;
  employmentStartDate: IsoDate;
  employmentEndDate: IsoDate | null;
  dbsCheckDate: IsoDate | null;
  version: number;
}

export interface SicknessRow {
  id: string;
  organisationId: string;
  departmentId: string;
  staffMemberId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  startHalfDay: boolean;
  endHalfDay: boolean;
  reasonCode: string;
  exclusion: SicknessExclusion | null;
  returnToWorkMeetingOn: IsoDate | null;
  returnToWorkInterviewOn: IsoDate | null;
  externalId: string | null;
  version: number;
}

export interface LeaveRow {
  id: string;
  staffMemberId: string;
  kind: 'annual-leave' | 'sickness' | 'training' | 'study' | 'special';
  status: 'requested' | 'approved';
  startDate: IsoDate;
  endDate: IsoDate;
  startTime: string | null;
  endTime: string | null;
}

export interface CourseRow {
  id: string;
  code: string;
  name: string;
  renewalMonths: number | null;
  requiredForSkills: Skill[] | null;
}

export interface CompletionRow {
  id: string;
  staffMemberId: string;
  courseId: string;
  completedOn: IsoDate;
}

export interface AppraisalRow {
  id: string;
  staffMemberId: string;
  completedOn: IsoDate;
  appraiser: string;
}

export interface CheckRow {
  id: string;
  staffMemberId: string;
  kind: 'right-to-work' | 'probation';
  checkedOn: IsoDate | null;
  expiresOn: IsoDate | null;
  startsOn: IsoDate | null;
  lengthMonths: number | null;
  extendedTo: IsoDate | null;
  outcome: 'passed' | 'not-passed' | null;
  version: number;
}

export interface PolicyRow {
  departmentId: string;
  leaveYearKind: 'fixed' | 'anniversary';
  leaveYearStartMonth: number;
  leaveYearStartDay: number;
  carryOverCapHours: number | null;
  dbsRenewalYears: number;
  bradfordTriggers: number[];
  version: number;
}

export interface CarryOverRow {
  id: string;
  staffMemberId: string;
  leaveYearStart: IsoDate;
  hours: number;
  version: number;
}

const PERSON = `s.id, s.organisation_id AS "organisationId", s.department_id AS "departmentId", s.team_id AS "teamId", t.name AS "teamName",
  s.first_name AS "firstName", s.last_name AS "lastName", s.job_title AS "jobTitle", s.band, s.contract_type AS "contractType",
  s.contracted_hours_per_week::float8 AS "contractedHoursPerWeek", s.skills, s.line_manager_id AS "lineManagerId",
  m.first_name || ' ' || m.last_name AS "lineManagerName", s.nhs_service_start_date AS "nhsServiceStartDate",
  s.employment_start_date AS "employmentStartDate", s.employment_end_date AS "employmentEndDate", s.dbs_check_date AS "dbsCheckDate", s.version`;
const PERSON_FROM = 'staff_member s LEFT JOIN team t ON t.id = s.team_id LEFT JOIN staff_member m ON m.id = s.line_manager_id';

const SICKNESS = `e.id, e.organisation_id AS "organisationId", e.department_id AS "departmentId", e.staff_member_id AS "staffMemberId",
  e.start_date AS "startDate", e.end_date AS "endDate", e.start_half_day AS "startHalfDay", e.end_half_day AS "endHalfDay",
  e.reason_code AS "reasonCode", e.exclusion, e.return_to_work_meeting_on AS "returnToWorkMeetingOn",
  e.return_to_work_interview_on AS "returnToWorkInterviewOn", e.external_id AS "externalId", e.version`;

const CHECK = `c.id, c.staff_member_id AS "staffMemberId", c.kind, c.checked_on AS "checkedOn", c.expires_on AS "expiresOn", c.starts_on AS "startsOn",
  c.length_months AS "lengthMonths", c.extended_to AS "extendedTo", c.outcome, c.version`;

/** A staff line of an import, checked. */
export interface ImportedStaff {
  employeeNumber: string;
  firstName: string;
  lastName: string;
  jobTitle: string;
  band: string;
  payPoint: number;
  contractType: string;
  contractedHoursPerWeek: number;
  nhsServiceStartDate: IsoDate | null;
  employmentStartDate: IsoDate | null;
  employmentEndDate: IsoDate | null;
  dbsCheckDate: IsoDate | null;
}

export type NewSickness = Omit<SicknessRow, 'id' | 'version' | 'returnToWorkMeetingOn' | 'returnToWorkInterviewOn'> & { recordedBy: string };

/**
 * Every query of line management: people, sickness episodes, appraisals, courses and
 * completions, checks, carry-over and the department's policy. Each method takes the
 * EntityManager a UnitOfWork hands out; ids of people are always paired with the organisation.
 */
@Injectable()
export class PeopleRepository {
  async findPerson(em: EntityManager, organisationId: string, staffId: string): Promise<PersonRow | null> {
    const rows: PersonRow[] = await em.query(`SELECT ${PERSON} FROM ${PERSON_FROM} WHERE s.id = $1 AND s.organisation_id = $2`, [staffId, organisationId]);
    return rows[0] ?? null;
  }

  /** Locks the person's staff row: writes about one person (their episodes, checks) queue behind each other. */
  async lockPerson(em: EntityManager, staffId: string): Promise<void> {
    await em.query('SELECT 1 FROM staff_member WHERE id = $1 FOR UPDATE', [staffId]);
  }

  /** People of a department, optionally only these ids, by name. */
  findPeople(em: EntityManager, organisationId: string, departmentId: string, ids: readonly string[] | null): Promise<PersonRow[]> {
    const params: unknown[] = [organisationId, departmentId];
    const only = ids === null ? '' : `AND s.id = ANY ($3::uuid[])`;
    if (ids !== null) params.push([...ids]);
    return em.query(`SELECT ${PERSON} FROM ${PERSON_FROM} WHERE s.organisation_id = $1 AND s.department_id = $2 ${only} ORDER BY s.last_name, s.first_name, s.id`, params);
  }

  /** The rota's working patterns (ISO weekdays worked) of those who have one. */
  async findWorkingPatterns(em: EntityManager, staffIds: readonly string[]): Promise<Map<string, number[]>> {
    const rows: { staffMemberId: string; weekdays: number[] }[] = await em.query(
      `SELECT staff_member_id AS "staffMemberId", weekdays FROM working_pattern WHERE staff_member_id = ANY ($1::uuid[])`,
      [[...staffIds]],
    );
    return new Map(rows.map((row) => [row.staffMemberId, row.weekdays]));
  }

  findSicknessOf(em: EntityManager, staffIds: readonly string[]): Promise<SicknessRow[]> {
    return em.query(`SELECT ${SICKNESS} FROM sickness_episode e WHERE e.staff_member_id = ANY ($1::uuid[]) ORDER BY e.start_date DESC`, [[...staffIds]]);
  }

  /** Sickness of these people overlapping [from, to]; open episodes overlap every day from their start. */
  findSicknessBetween(em: EntityManager, staffIds: readonly string[], from: IsoDate, to: IsoDate): Promise<SicknessRow[]> {
    return em.query(
      `SELECT ${SICKNESS} FROM sickness_episode e WHERE e.staff_member_id = ANY ($1::uuid[]) AND e.start_date <= $3 AND (e.end_date IS NULL OR e.end_date >= $2) ORDER BY e.start_date`,
      [[...staffIds], from, to],
    );
  }

  async findSicknessEpisode(em: EntityManager, organisationId: string, id: string, lock = false): Promise<SicknessRow | null> {
    const rows: SicknessRow[] = await em.query(`SELECT ${SICKNESS} FROM sickness_episode e WHERE e.id = $1 AND e.organisation_id = $2${lock ? ' FOR UPDATE' : ''}`, [id, organisationId]);
    return rows[0] ?? null;
  }

  async insertSickness(em: EntityManager, row: NewSickness): Promise<SicknessRow> {
    const rows: SicknessRow[] = await em.query(
      `INSERT INTO sickness_episode AS e (organisation_id, department_id, staff_member_id, start_date, end_date, start_half_day, end_half_day, reason_code, exclusion, external_id, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${SICKNESS}`,
      [row.organisationId, row.departmentId, row.staffMemberId, row.startDate, row.endDate, row.startHalfDay, row.endHalfDay, row.reasonCode, row.exclusion, row.externalId, row.recordedBy],
    );
    return rows[0] as SicknessRow;
  }

  /** Writes the changed fields of an episode and moves its version on by one. */
  async updateSickness(
    em: EntityManager,
    id: string,
    changes: Partial<Pick<SicknessRow, 'startDate' | 'endDate' | 'startHalfDay' | 'endHalfDay' | 'reasonCode' | 'exclusion' | 'returnToWorkMeetingOn' | 'returnToWorkInterviewOn'>>,
  ): Promise<SicknessRow> {
    const columns: Record<string, string> = {
      startDate: 'start_date',
      endDate: 'end_date',
      startHalfDay: 'start_half_day',
      endHalfDay: 'end_half_day',
      reasonCode: 'reason_code',
      exclusion: 'exclusion',
      returnToWorkMeetingOn: 'return_to_work_meeting_on',
      returnToWorkInterviewOn: 'return_to_work_interview_on',
    };
    const entries = Object.entries(changes).filter(([, value]) => value !== undefined);
    const sets = entries.map(([key], i) => `${columns[key] ?? key} = $${i + 2}`);
    const rows: [SicknessRow[], number] = await em.query(
      `UPDATE sickness_episode e SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE e.id = $1 RETURNING ${SICKNESS}`,
      [id, ...entries.map(([, value]) => value)],
    );
    return rows[0][0] as SicknessRow;
  }

  findSicknessByExternalIds(em: EntityManager, organisationId: string, externalIds: readonly string[]): Promise<SicknessRow[]> {
    return em.query(`SELECT ${SICKNESS} FROM sickness_episode e WHERE e.organisation_id = $1 AND e.external_id = ANY ($2::text[])`, [organisationId, [...externalIds]]);
  }

  /** Approved and requested absences (the rota's leave) of these people overlapping [from, to]. */
  findLeaveBetween(em: EntityManager, staffIds: readonly string[], from: IsoDate, to: IsoDate): Promise<LeaveRow[]> {
    return em.query(
      `SELECT a.id, a.staff_member_id AS "staffMemberId", a.kind, a.status, a.start_date AS "startDate", a.end_date AS "endDate",
              a.start_time AS "startTime", a.end_time AS "endTime"
         FROM absence a WHERE a.staff_member_id = ANY ($1::uuid[]) AND a.status IN ('approved', 'requested') AND a.end_date >= $2 AND a.start_date <= $3
        ORDER BY a.start_date`,
      [[...staffIds], from, to],
    );
  }

  /** The national courses and the organisation's own, by name. */
  findCourses(em: EntityManager, organisationId: string): Promise<CourseRow[]> {
    return em.query(
      `SELECT id, code, name, renewal_months AS "renewalMonths", required_for_skills AS "requiredForSkills" FROM course
        WHERE organisation_id IS NULL OR organisation_id = $1 ORDER BY name, id`,
      [organisationId],
    );
  }

  findCompletionsOf(em: EntityManager, staffIds: readonly string[]): Promise<CompletionRow[]> {
    return em.query(
      `SELECT id, staff_member_id AS "staffMemberId", course_id AS "courseId", completed_on AS "completedOn" FROM training_completion
        WHERE staff_member_id = ANY ($1::uuid[]) ORDER BY completed_on DESC`,
      [[...staffIds]],
    );
  }

  /** Inserts a completion; none when the same person, course and day is already on file. */
  async insertCompletion(em: EntityManager, row: { organisationId: string; staffMemberId: string; courseId: string; completedOn: IsoDate; recordedBy: string }): Promise<CompletionRow | null> {
    const rows: CompletionRow[] = await em.query(
      `INSERT INTO training_completion (organisation_id, staff_member_id, course_id, completed_on, recorded_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (staff_member_id, course_id, completed_on) DO NOTHING
       RETURNING id, staff_member_id AS "staffMemberId", course_id AS "courseId", completed_on AS "completedOn"`,
      [row.organisationId, row.staffMemberId, row.courseId, row.completedOn, row.recordedBy],
    );
    return rows[0] ?? null;
  }

  findAppraisalsOf(em: EntityManager, staffIds: readonly string[]): Promise<AppraisalRow[]> {
    return em.query(
      `SELECT id, staff_member_id AS "staffMemberId", completed_on AS "completedOn", appraiser FROM appraisal WHERE staff_member_id = ANY ($1::uuid[]) ORDER BY completed_on DESC`,
      [[...staffIds]],
    );
  }

  async insertAppraisal(em: EntityManager, row: { organisationId: string; staffMemberId: string; completedOn: IsoDate; appraiser: string; note: string | null }): Promise<AppraisalRow | null> {
    const rows: AppraisalRow[] = await em.query(
      `INSERT INTO appraisal (organisation_id, staff_member_id, completed_on, appraiser, note) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (staff_member_id, completed_on) DO NOTHING
       RETURNING id, staff_member_id AS "staffMemberId", completed_on AS "completedOn", appraiser`,
      [row.organisationId, row.staffMemberId, row.completedOn, row.appraiser, row.note],
    );
    return rows[0] ?? null;
  }

  findChecksOf(em: EntityManager, staffIds: readonly string[]): Promise<CheckRow[]> {
    return em.query(`SELECT ${CHECK} FROM staff_check c WHERE c.staff_member_id = ANY ($1::uuid[])`, [[...staffIds]]);
  }

  async findCheck(em: EntityManager, staffId: string, kind: CheckRow['kind'], lock = false): Promise<CheckRow | null> {
    const rows: CheckRow[] = await em.query(`SELECT ${CHECK} FROM staff_check c WHERE c.staff_member_id = $1 AND c.kind = $2${lock ? ' FOR UPDATE' : ''}`, [staffId, kind]);
    return rows[0] ?? null;
  }

  /** Writes the person's check of a kind, the first or over the one on file (moving its version on). */
  async upsertCheck(em: EntityManager, organisationId: string, row: Omit<CheckRow, 'id' | 'version'>): Promise<CheckRow> {
    const rows: CheckRow[] = await em.query(
      `INSERT INTO staff_check AS c (organisation_id, staff_member_id, kind, checked_on, expires_on, starts_on, length_months, extended_to, outcome)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (staff_member_id, kind) DO UPDATE SET checked_on = EXCLUDED.checked_on, expires_on = EXCLUDED.expires_on, starts_on = EXCLUDED.starts_on,
         length_months = EXCLUDED.length_months, extended_to = EXCLUDED.extended_to, outcome = EXCLUDED.outcome, version = c.version + 1, updated_at = now()
       RETURNING ${CHECK}`,
      [organisationId, row.staffMemberId, row.kind, row.checkedOn, row.expiresOn, row.startsOn, row.lengthMonths, row.extendedTo, row.outcome],
    );
    return rows[0] as CheckRow;
  }

  async deleteCheck(em: EntityManager, id: string): Promise<void> {
    await em.query('DELETE FROM staff_check WHERE id = $1', [id]);
  }

  /** Sets the staff record's DBS check date (the DBS check of line management), moving the record's version on. */
  async setDbsCheckDate(em: EntityManager, staffId: string, date: IsoDate | null): Promise<number> {
    const rows: [{ version: number }[], number] = await em.query('UPDATE staff_member SET dbs_check_date = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING version', [staffId, date]);
    return rows[0][0]?.version ?? 0;
  }

  async findPolicy(em: EntityManager, departmentId: string, lock = false): Promise<PolicyRow | null> {
    const rows: PolicyRow[] = await em.query(
      `SELECT department_id AS "departmentId", leave_year_kind AS "leaveYearKind", leave_year_start_month AS "leaveYearStartMonth", leave_year_start_day AS "leaveYearStartDay",
              carry_over_cap_hours::float8 AS "carryOverCapHours", dbs_renewal_years AS "dbsRenewalYears", bradford_triggers AS "bradfordTriggers", version
         FROM people_policy WHERE department_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [departmentId],
    );
    return rows[0] ?? null;
  }

  async upsertPolicy(em: EntityManager, organisationId: string, row: Omit<PolicyRow, 'version'>): Promise<void> {
    await em.query(
      `INSERT INTO people_policy AS p (department_id, organisation_id, leave_year_kind, leave_year_start_month, leave_year_start_day, carry_over_cap_hours, dbs_renewal_years, bradford_triggers)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (department_id) DO UPDATE SET leave_year_kind = EXCLUDED.leave_year_kind, leave_year_start_month = EXCLUDED.leave_year_start_month,
         leave_year_start_day = EXCLUDED.leave_year_start_day, carry_over_cap_hours = EXCLUDED.carry_over_cap_hours, dbs_renewal_years = EXCLUDED.dbs_renewal_years,
         bradford_triggers = EXCLUDED.bradford_triggers, version = p.version + 1, updated_at = now()`,
      [row.departmentId, organisationId, row.leaveYearKind, row.leaveYearStartMonth, row.leaveYearStartDay, row.carryOverCapHours, row.dbsRenewalYears, row.bradfordTriggers],
    );
  }

  async findCarryOver(em: EntityManager, staffId: string, leaveYearStart: IsoDate, lock = false): Promise<CarryOverRow | null> {
    const rows: CarryOverRow[] = await em.query(
      `SELECT id, staff_member_id AS "staffMemberId", leave_year_start AS "leaveYearStart", hours::float8 AS hours, version FROM leave_carry_over
        WHERE staff_member_id = $1 AND leave_year_start = $2${lock ? ' FOR UPDATE' : ''}`,
      [staffId, leaveYearStart],
    );
    return rows[0] ?? null;
  }

  async upsertCarryOver(em: EntityManager, organisationId: string, staffId: string, leaveYearStart: IsoDate, hours: number): Promise<CarryOverRow> {
    const rows: CarryOverRow[] = await em.query(
      `INSERT INTO leave_carry_over AS c (organisation_id, staff_member_id, leave_year_start, hours) VALUES ($1, $2, $3, $4)
       ON CONFLICT (staff_member_id, leave_year_start) DO UPDATE SET hours = EXCLUDED.hours, version = c.version + 1, updated_at = now()
       RETURNING id, staff_member_id AS "staffMemberId", leave_year_start AS "leaveYearStart", hours::float8 AS hours, version`,
      [organisationId, staffId, leaveYearStart, hours],
    );
    return rows[0] as CarryOverRow;
  }

  /** The organisation's staff with these employee numbers, by number. */
  async findStaffByEmployeeNumbers(em: EntityManager, organisationId: string, numbers: readonly string[]): Promise<Map<string, { id: string; departmentId: string }>> {
    const rows: { id: string; departmentId: string; employeeNumber: string }[] = await em.query(
      `SELECT id, department_id AS "departmentId", employee_number AS "employeeNumber" FROM staff_member WHERE organisation_id = $1 AND employee_number = ANY ($2::text[])`,
      [organisationId, [...numbers]],
    );
    return new Map(rows.map((r) => [r.employeeNumber, { id: r.id, departmentId: r.departmentId }]));
  }

  /** Inserts the person, or updates the fields that differ (moving the version on), or leaves them as they are. */
  async upsertImportedStaff(em: EntityManager, organisationId: string, departmentId: string, s: ImportedStaff): Promise<{ id: string; change: 'inserted' | 'updated' | 'unchanged' }> {
    const values = [s.firstName, s.lastName, s.jobTitle, s.band, s.payPoint, s.contractType, s.contractedHoursPerWeek, s.nhsServiceStartDate, s.employmentStartDate, s.employmentEndDate, s.dbsCheckDate];
    const updated: { id: string }[][] = await em.query(
      `UPDATE staff_member SET first_name = $3, last_name = $4, job_title = $5, band = $6, pay_point = $7, contract_type = $8, contracted_hours_per_week = $9,
              nhs_service_start_date = $10, employment_start_date = $11, employment_end_date = $12, dbs_check_date = $13, version = version + 1, updated_at = now()
        WHERE organisation_id = $1 AND employee_number = $2
          AND (first_name, last_name, job_title, band, pay_point, contract_type, contracted_hours_per_week, nhs_service_start_date, employment_start_date, employment_end_date, dbs_check_date)
              IS DISTINCT FROM ($3, $4, $5, $6, $7::smallint, $8, $9::numeric, $10::date, $11::date, $12::date, $13::date)
        RETURNING id`,
      [organisationId, s.employeeNumber, ...values],
    );
    const changed = updated[0]?.[0];
    if (changed) return { id: changed.id, change: 'updated' };
    const found: { id: string }[] = await em.query('SELECT id FROM staff_member WHERE organisation_id = $1 AND employee_number = $2', [organisationId, s.employeeNumber]);
    if (found[0]) return { id: found[0].id, change: 'unchanged' };
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO staff_member (organisation_id, department_id, employee_number, first_name, last_name, job_title, band, pay_point, contract_type, contracted_hours_per_week,
              nhs_service_start_date, employment_start_date, employment_end_date, dbs_check_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [organisationId, departmentId, s.employeeNumber, ...values],
    );
    return { id: (inserted[0] as { id: string }).id, change: 'inserted' };
  }

  /** Sets the line manager when it differs; true if it did. */
  async setLineManagerIfChanged(em: EntityManager, staffId: string, managerId: string | null): Promise<boolean> {
    const rows: [unknown[], number] = await em.query(
      'UPDATE staff_member SET line_manager_id = $2, version = version + 1, updated_at = now() WHERE id = $1 AND line_manager_id IS DISTINCT FROM $2::uuid RETURNING id',
      [staffId, managerId],
    );
    return rows[0].length > 0;
  }
}
