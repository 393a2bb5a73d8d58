import { Injectable } from '@nestjs/common';
import { type IsoDate } from '@recordroom/calendar';
import { type AbsenceRecordStatus } from '@recordroom/contracts';
import { minuteOfDay, type WallClockTime } from '@recordroom/rota';
import { type EntityManager, In } from 'typeorm';
import { SqlParams } from '../database/sql-params.js';
import { AbsenceEntity } from './entities/absence.entity.js';

/** An absence with the name of the person it is about. */
export type NamedAbsence = AbsenceEntity & { staffName: string };

type NewAbsence = Pick<
  AbsenceEntity,
  'organisationId' | 'departmentId' | 'staffMemberId' | 'kind' | 'status' | 'startDate' | 'endDate' | 'startTime' | 'endTime' | 'note' | 'requestedByAccountId' | 'decidedBy' | 'decidedAt'
> &
  Partial<Pick<AbsenceEntity, 'sicknessEpisodeId'>>;

/** Which absences a list shows: an organisation, optionally one department and only some people. */
export interface AbsenceFilter {
  organisationId: string;
  departmentId: string | null;
  /** Only absences of these people (an officer's line); null for everyone. */
  staffIds: readonly string[] | null;
  status?: AbsenceRecordStatus | undefined;
  /** Absences ending on or after this date. */
  from?: IsoDate | undefined;
  /** Absences starting on or before this date. */
  to?: IsoDate | undefined;
}

const COLUMNS = `a.id, a.organisation_id AS "organisationId", a.department_id AS "departmentId", a.staff_member_id AS "staffMemberId", a.kind, a.status,
  a.start_date AS "startDate", a.end_date AS "endDate", a.start_time AS "startTime", a.end_time AS "endTime", a.note,
  a.requested_by_account_id AS "requestedByAccountId", a.decided_by AS "decidedBy", a.decided_at AS "decidedAt", a.version, a.sickness_episode_id AS "sicknessEpisodeId",
  a.created_at AS "createdAt", a.updated_at AS "updatedAt", s.first_name || ' ' || s.last_name AS "staffName"`;

const FROM = 'absence a JOIN staff_member s ON s.id = a.staff_member_id';

/** Leave, sickness and training: requests, decisions and what the planner and lists show. */
@Injectable()
export class AbsencesRepository {
  /** A page of the filter's absences, latest first, and how many there are in all. */
  async findPage(em: EntityManager, filter: AbsenceFilter, page: number, pageSize: number): Promise<{ rows: NamedAbsence[]; total: number }> {
    const params = new SqlParams();
    const where = [`a.organisation_id = ${params.add(filter.organisationId)}`];
    if (filter.departmentId) where.push(`s.department_id = ${params.add(filter.departmentId)}`);
    if (filter.staffIds) where.push(`a.staff_member_id = ANY (${params.add([...filter.staffIds])}::uuid[])`);
    if (filter.status) where.push(`a.status = ${params.add(filter.status)}`);
    if (filter.from) where.push(`a.end_date >= ${params.add(filter.from)}`);
    if (filter.to) where.push(`a.start_date <= ${params.add(filter.to)}`);
    const condition = where.join(' AND ');
    const values = [...params.values];
    const rows: NamedAbsence[] = await em.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE ${condition}
        ORDER BY a.start_date DESC, s.last_name, a.id LIMIT ${params.add(pageSize)} OFFSET ${params.add((page - 1) * pageSize)}`,
      params.values,
    );
    const counted: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM ${FROM} WHERE ${condition}`, values);
    return { rows, total: counted[0]?.n ?? 0 };
  }

  /** Every absence of one person, latest first. */
  findOfStaffMember(em: EntityManager, organisationId: string, staffId: string): Promise<NamedAbsence[]> {
    return em.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.organisation_id = $1 AND a.staff_member_id = $2 ORDER BY a.start_date DESC`, [organisationId, staffId]);
  }

  async findInOrganisation(em: EntityManager, organisationId: string, id: string): Promise<NamedAbsence | null> {
    const rows: NamedAbsence[] = await em.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE a.id = $1 AND a.organisation_id = $2`, [id, organisationId]);
    return rows[0] ?? null;
  }

  /** Approved and requested absences of the department's staff overlapping the dates, in date order, for the planner. */
  findForPlanner(em: EntityManager, organisationId: string, departmentId: string, from: IsoDate, to: IsoDate): Promise<NamedAbsence[]> {
    return em.query(
      `SELECT ${COLUMNS} FROM ${FROM}
        WHERE a.organisation_id = $1 AND s.department_id = $2 AND a.status IN ('approved', 'requested') AND a.end_date >= $3 AND a.start_date <= $4
        ORDER BY a.start_date, s.last_name`,
      [organisationId, departmentId, from, to],
    );
  }

  /** The person's approved and requested absences: what a new one must not overlap. */
  findStandingOf(em: EntityManager, organisationId: string, staffId: string): Promise<AbsenceEntity[]> {
    return em.getRepository(AbsenceEntity).find({ where: { organisationId, staffMemberId: staffId, status: In(['approved', 'requested']) } });
  }

  /** The person an absence is recorded for, with their department and name, if they are of the organisation. */
  async findPerson(em: EntityManager, organisationId: string, staffId: string): Promise<{ id: string; departmentId: string; name: string } | null> {
    const rows: { department_id: string; name: string }[] = await em.query(
      `SELECT department_id, first_name || ' ' || last_name AS name FROM staff_member WHERE id = $1 AND organisation_id = $2`,
      [staffId, organisationId],
    );
    const row = rows[0];
    return row ? { id: staffId, departmentId: row.department_id, name: row.name } : null;
  }

  /**
   * What annual leave is counted against: the person's contracted hours, the weekdays of their
   * recorded working pattern (null when none) and the paid hours the rota assigns them on each
   * date from `from` to `to` (dates without a shift are left out).
   */
  async findLeaveSchedule(em: EntityManager, staffId: string, from: IsoDate, to: IsoDate): Promise<{ contractedHoursPerWeek: number; weekdays: number[] | null; rostered: Record<IsoDate, number> }> {
    const people: { hours: string; weekdays: number[] | null }[] = await em.query(
      `SELECT s.contracted_hours_per_week AS hours, wp.weekdays FROM staff_member s LEFT JOIN working_pattern wp ON wp.staff_member_id = s.id WHERE s.id = $1`,
      [staffId],
    );
    const shifts: { date: IsoDate; start_time: WallClockTime; end_time: WallClockTime; ends_next_day: boolean; unpaid_break_minutes: number }[] = await em.query(
      `SELECT sh.date::text AS date, st.start_time, st.end_time, st.ends_next_day, st.unpaid_break_minutes
         FROM rota_assignment a JOIN rota_shift sh ON sh.id = a.shift_id JOIN shift_type st ON st.id = sh.shift_type_id
        WHERE a.staff_member_id = $1 AND sh.date BETWEEN $2 AND $3`,
      [staffId, from, to],
    );
    const rostered: Record<IsoDate, number> = {};
    for (const shift of shifts) {
      const paidMinutes = minuteOfDay(shift.end_time) - minuteOfDay(shift.start_time) + (shift.ends_next_day ? 24 * 60 : 0) - shift.unpaid_break_minutes;
      rostered[shift.date] = (rostered[shift.date] ?? 0) + Math.max(0, paidMinutes) / 60;
    }
    return { contractedHoursPerWeek: Number(people[0]?.hours ?? 0), weekdays: people[0]?.weekdays ?? null, rostered };
  }

  lock(em: EntityManager, id: string): Promise<AbsenceEntity | null> {
    return em.getRepository(AbsenceEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insert(em: EntityManager, absence: NewAbsence): Promise<AbsenceEntity> {
    const { identifiers } = await em.insert(AbsenceEntity, absence);
    return em.getRepository(AbsenceEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  /** The absence that puts a sickness episode on the rota, locked for the change. */
  findOfSicknessEpisode(em: EntityManager, episodeId: string): Promise<AbsenceEntity | null> {
    return em.getRepository(AbsenceEntity).findOne({ where: { sicknessEpisodeId: episodeId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Line management's sickness episodes of the department still open (no end date yet). */
  findOpenSicknessEpisodes(em: EntityManager, departmentId: string): Promise<{ id: string; organisationId: string; departmentId: string; staffMemberId: string; startDate: IsoDate; endDate: null }[]> {
    return em.query(
      `SELECT id, organisation_id AS "organisationId", department_id AS "departmentId", staff_member_id AS "staffMemberId", start_date::text AS "startDate", end_date AS "endDate"
         FROM sickness_episode WHERE department_id = $1 AND end_date IS NULL ORDER BY start_date`,
      [departmentId],
    );
  }

  /** The last day of the department's latest rota period, if it has any. */
  async findLastPeriodEnd(em: EntityManager, departmentId: string): Promise<IsoDate | null> {
    const rows: { end: IsoDate | null }[] = await em.query(`SELECT max(end_date)::text AS "end" FROM rota_period WHERE department_id = $1`, [departmentId]);
    return rows[0]?.end ?? null;
  }

  async changeDates(em: EntityManager, id: string, dates: Pick<AbsenceEntity, 'startDate' | 'endDate'>): Promise<AbsenceEntity> {
    await em.update(AbsenceEntity, { id }, { ...dates, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(AbsenceEntity).findOneByOrFail({ id });
  }

  /** Writes a change of status (a decision, a cancellation) and moves the version on by one. */
  async changeStatus(em: EntityManager, id: string, changes: Partial<Pick<AbsenceEntity, 'status' | 'decidedBy' | 'decidedAt' | 'note'>>): Promise<AbsenceEntity> {
    await em.update(AbsenceEntity, { id }, { ...changes, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(AbsenceEntity).findOneByOrFail({ id });
  }
}
