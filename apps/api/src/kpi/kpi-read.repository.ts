import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { periodStartOfDate, type PeriodGranularity, type RequestPriority, type RetrievalTargets, type SarPause } from '@recordroom/kpi';
import { FULL_TIME_HOURS_PER_WEEK, type Skill } from '@recordroom/people';
import { DataSource } from 'typeorm';
import { SqlParams } from '../database/sql-params.js';
import { type KpiRange } from './kpi-range.js';
import { type KpiScope } from './kpi-scope.js';

/** Retrieval figures of one priority in one period, straight from SQL. */
export interface RetrievalAggregate {
  period: IsoDate;
  priority: RequestPriority;
  requests: number;
  delivered: number;
  withinTarget: number;
  notFound: number;
  temporaryNotes: number;
  /** percentile_cont of retrieval minutes of delivered requests; null when none were delivered. */
  median: number | null;
  p90: number | null;
  /** Only for the distribution drill-down (`withQuartiles`); null otherwise. */
  p10: number | null;
  p25: number | null;
  p75: number | null;
}

export interface ClinicAvailabilityAggregate {
  period: IsoDate;
  attendances: number;
  available: number;
}

export interface FilingSnapshotRow {
  departmentId: string;
  takenOn: IsoDate;
  location: string;
  items: number;
  oldestItemReceivedOn: IsoDate | null;
}

/** FTE-weighted calendar days of one month (computeSicknessAbsenceRate's sums), straight from SQL. */
export interface SicknessAbsenceAggregate {
  period: IsoDate;
  fteDaysLost: number;
  fteDaysAvailable: number;
}

export interface SarRow {
  id: string;
  receivedOn: IsoDate;
  clockStartsOn: IsoDate | null;
  pauses: SarPause[];
  extended: boolean;
  completedOn: IsoDate | null;
}

/** Statements one retrieval aggregate is split into (of the pool's 20 connections). */
const PARALLEL_PARTS = 4;

/** The summary needs the median and p90; the distribution drill-down adds p10, p25 and p75 in the same sort. */
const SUMMARY_PERCENTILES = [0.5, 0.9] as const;
const DISTRIBUTION_PERCENTILES = [0.5, 0.9, 0.1, 0.25, 0.75] as const;

/**
 * The KPI aggregates, in SQL where the data is large (record requests, clinic pulls) and as
 * rows where it is small (weekly filing snapshots, SARs) so the domain functions compute them.
 * Every query is limited by organisation and, when given, department, on an index range
 * (department or organisation, time). Local dates are Europe/London days.
 */
/** The scope's staff, courses and training completions, as the training-compliance KPIs read them. */
export interface TrainingRecords {
  people: { id: string; teamId: string | null; departmentId: string; skills: Skill[]; employmentStartDate: IsoDate; employmentEndDate: IsoDate | null }[];
  courses: { id: string; code: string; name: string; renewalMonths: number | null; requiredForSkills: Skill[] | null }[];
  completions: { staffId: string; courseId: string; completedOn: IsoDate }[];
}

@Injectable()
export class KpiReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One pass over the record requests of the range, grouped by period (of the London date of
   * the request) and priority; for weeks an index-only scan already in group order. Checked against retrievalStatisticsByPriority, computeNotFoundRate
   * and computeTemporaryNotesRate in test/kpi-aggregates.int-spec.ts.
   */
  async retrievalByPeriodAndPriority(
    scope: KpiScope,
    range: KpiRange,
    granularity: PeriodGranularity,
    targets: RetrievalTargets,
    withQuartiles = false,
  ): Promise<RetrievalAggregate[]> {
    // A year is read as a few runs of whole periods at once, on separate connections: a sort per
    // group cannot be shared between workers of one statement, but separate statements can use
    // the database server's CPUs together. Every period falls in exactly one part.
    const parts = await Promise.all(periodAlignedParts(range, granularity, PARALLEL_PARTS).map((part) => this.retrievalPart(scope, part, granularity, targets, withQuartiles)));
    return parts.flat();
  }

  private async retrievalPart(scope: KpiScope, range: KpiRange, granularity: PeriodGranularity, targets: RetrievalTargets, withQuartiles: boolean): Promise<RetrievalAggregate[]> {
    const p = new SqlParams();
    const percentiles = withQuartiles ? DISTRIBUTION_PERCENTILES : SUMMARY_PERCENTILES;
    // requested_week and requested_on are the London week and date of the request (stored, indexed):
    // the week range is the index range, the date range trims the part-weeks at either end.
    const where = `${scopeSql(scope, p)} AND requested_week BETWEEN ${p.add(periodStartOfDate(range.from, 'week'))}::date AND ${p.add(range.to)}::date
      AND requested_on BETWEEN ${p.add(range.from)}::date AND ${p.add(range.to)}::date`;
    const period = granularity === 'week' ? 'requested_week' : "date_trunc('month', requested_on)::date";
    const target = `CASE priority WHEN 'emergency' THEN ${p.add(targets.emergency.maxMinutes)}::float8 WHEN 'urgent' THEN ${p.add(targets.urgent.maxMinutes)}::float8
      WHEN 'routine' THEN ${p.add(targets.routine.maxMinutes)}::float8 ELSE ${p.add(targets['clinic-pull'].maxMinutes)}::float8 END`;
    const rows = await this.dataSource.query<
      { period: string; priority: RequestPriority; requests: number; delivered: number; within_target: number; not_found: number; temporary_notes: number; percentiles: (number | null)[] }[]
    >(
      `SELECT ${period} AS period, priority,
              count(*)::int AS requests,
              count(retrieval_minutes)::int AS delivered,
              count(*) FILTER (WHERE retrieval_minutes <= ${target})::int AS within_target,
              count(*) FILTER (WHERE outcome = 'not-found')::int AS not_found,
              count(*) FILTER (WHERE outcome = 'temporary-notes')::int AS temporary_notes,
              percentile_cont(ARRAY[${percentiles.join(', ')}]::float8[]) WITHIN GROUP (ORDER BY retrieval_minutes) AS percentiles
         FROM record_request
        WHERE ${where}
        GROUP BY 1, 2
        ORDER BY 1, 2`,
      p.values,
    );
    return rows.map((r) => ({
      period: r.period,
      priority: r.priority,
      requests: r.requests,
      delivered: r.delivered,
      withinTarget: r.within_target,
      notFound: r.not_found,
      temporaryNotes: r.temporary_notes,
      median: r.percentiles[0] ?? null,
      p90: r.percentiles[1] ?? null,
      p10: r.percentiles[2] ?? null,
      p25: r.percentiles[3] ?? null,
      p75: r.percentiles[4] ?? null,
    }));
  }

  /** Attendances and those with notes at clinic start, by period of the clinic date (computeClinicAvailability). */
  async clinicAvailabilityByPeriod(scope: KpiScope, range: KpiRange, granularity: PeriodGranularity): Promise<ClinicAvailabilityAggregate[]> {
    const p = new SqlParams();
    const where = scopeAndDateRange('clinic_date', scope, range, p);
    const rows = await this.dataSource.query<{ period: string; attendances: number; available: number }[]>(
      `SELECT date_trunc(${p.add(granularity)}, clinic_date)::date AS period, count(*)::int AS attendances,
              count(*) FILTER (WHERE notes_available_at_start)::int AS available
         FROM clinic_pull WHERE ${where} GROUP BY 1 ORDER BY 1`,
      p.values,
    );
    return rows;
  }

  /** The snapshots of the range: a few per location a week, so the domain computes the backlog from rows. */
  async filingSnapshots(scope: KpiScope, range: KpiRange): Promise<FilingSnapshotRow[]> {
    const p = new SqlParams();
    const where = scopeAndDateRange('taken_on', scope, range, p);
    return this.dataSource.query<FilingSnapshotRow[]>(
      `SELECT department_id AS "departmentId", taken_on AS "takenOn", location, items, oldest_item_received_on AS "oldestItemReceivedOn"
         FROM filing_backlog_snapshot WHERE ${where} ORDER BY taken_on, department_id, location`,
      p.values,
    );
  }

  /**
   * Sickness absence by month (NHS England / ESR definition, ../shared/domain/absence.md §2):
   * FTE calendar days lost to approved sickness absences recorded in the rota ÷ FTE calendar days
   * available, over the contracted (not bank) staff in scope. A person's days count from the
   * later of the day their department began recording absence in Recordroom (its first rota
   * period: before it, no absence was recorded, and a 0% would be invented) and their NHS start.
   * A part-day absence counts its hours over a 7.5-hour day (FULL_TIME_HOURS_PER_WEEK ÷ 5), at
   * most one day ([D]: ESR's part-day rule is [U]). WTE is contracted hours ÷ 37.5 to 4 places, as
   * wholeTimeEquivalent. Checked against computeSicknessAbsenceRate in test/kpi-sickness.int-spec.ts.
   */
  async sicknessAbsenceByMonth(scope: KpiScope, range: KpiRange): Promise<SicknessAbsenceAggregate[]> {
    const p = new SqlParams();
    const organisation = p.add(scope.organisationId);
    const department = scope.departmentId === null ? '' : `AND department_id = ${p.add(scope.departmentId)}`;
    const from = p.add(range.from);
    const to = p.add(range.to);
    const rows = await this.dataSource.query<{ period: string; lost: number; available: number }[]>(
      `WITH months AS (
         SELECT m::date AS period, greatest(m::date, ${from}::date) AS first_day, least((m + interval '1 month')::date - 1, ${to}::date) AS last_day
           FROM generate_series(date_trunc('month', ${from}::date), ${to}::date, interval '1 month') m
       ), recording AS (
         SELECT department_id, min(start_date) AS since FROM rota_period WHERE organisation_id = ${organisation} ${department} GROUP BY department_id
       ), staff AS (
         SELECT s.id, round(s.contracted_hours_per_week / ${p.add(FULL_TIME_HOURS_PER_WEEK)}, 4)::float8 AS wte, greatest(r.since, s.nhs_service_start_date) AS counted_from
           FROM staff_member s JOIN recording r ON r.department_id = s.department_id
          WHERE s.organisation_id = ${organisation} AND s.contract_type <> 'bank' AND s.contracted_hours_per_week > 0
       ), available AS (
         SELECT m.period, st.id, st.wte, greatest(m.first_day, st.counted_from) AS first_day, m.last_day
           FROM months m CROSS JOIN staff st
          WHERE greatest(m.first_day, st.counted_from) <= m.last_day
       ), lost AS (
         SELECT a.period, a.id,
                sum(CASE WHEN ab.start_time IS NULL THEN (least(ab.end_date, a.last_day) - greatest(ab.start_date, a.first_day) + 1)::float8
                         ELSE least(1, extract(epoch FROM ab.end_time::time - ab.start_time::time) / 3600 / ${p.add(FULL_TIME_HOURS_PER_WEEK / 5)}) END) AS days
           FROM available a
           JOIN absence ab ON ab.staff_member_id = a.id AND ab.organisation_id = ${organisation} AND ab.kind = 'sickness' AND ab.status = 'approved'
                          AND ab.start_date <= a.last_day AND ab.end_date >= a.first_day
          GROUP BY 1, 2
       )
       SELECT a.period, sum(a.wte * coalesce(l.days, 0))::float8 AS lost, sum(a.wte * (a.last_day - a.first_day + 1))::float8 AS available
         FROM available a LEFT JOIN lost l ON l.period = a.period AND l.id = a.id
        GROUP BY 1 ORDER BY 1`,
      p.values,
    );
    return rows.map((r) => ({ period: r.period, fteDaysLost: r.lost, fteDaysAvailable: r.available }));
  }

  /**
   * For computeVacancyRate: the funded WTE of the scope's establishment lines of a financial
   * year, and the WTE in post today (contracted hours ÷ 37.5 per person, rounded to 0.01 as the
   * budget page rounds it; bank staff hold no post). Staff records hold no history, so this is
   * today's position only.
   */
  async establishmentWte(scope: KpiScope, financialYear: string): Promise<{ fundedWte: number; inPostWte: number }> {
    const p = new SqlParams();
    const organisation = p.add(scope.organisationId);
    const department = scope.departmentId === null ? '' : `AND department_id = ${p.add(scope.departmentId)}`;
    const year = p.add(financialYear);
    const full = p.add(FULL_TIME_HOURS_PER_WEEK);
    const rows = await this.dataSource.query<{ funded: number | null; in_post: number | null }[]>(
      `SELECT (SELECT sum(funded_wte) FROM establishment_line WHERE organisation_id = ${organisation} ${department} AND financial_year = ${year})::float8 AS funded,
              (SELECT sum(round(contracted_hours_per_week / ${full}, 2)) FROM staff_member WHERE organisation_id = ${organisation} ${department} AND contract_type <> 'bank')::float8 AS in_post`,
      p.values,
    );
    return { fundedWte: rows[0]?.funded ?? 0, inPostWte: rows[0]?.in_post ?? 0 };
  }

  /** SARs due in the range (by the stored statutory due date), for computeSarOnTime. */
  async sarsDueIn(scope: KpiScope, range: KpiRange): Promise<SarRow[]> {
    const p = new SqlParams();
    const where = scopeAndDateRange('due_on', scope, range, p);
    return this.dataSource.query<SarRow[]>(
      `SELECT external_id AS id, received_on AS "receivedOn", clock_starts_on AS "clockStartsOn", pauses, extended, completed_on AS "completedOn"
         FROM subject_access_request WHERE ${where} ORDER BY due_on`,
      p.values,
    );
  }

  /**
   * Requests counted by London ISO weekday (1-7) and hour (0-23) over the range: the numerator of
   * arrivalRatesByWeekdayHour, checked against it in test/kpi-aggregates.int-spec.ts.
   */
  async arrivalsByWeekdayHour(scope: KpiScope, range: KpiRange, priority: RequestPriority): Promise<{ weekday: number; hour: number; requests: number }[]> {
    const p = new SqlParams();
    return this.dataSource.query<{ weekday: number; hour: number; requests: number }[]>(
      `SELECT extract(isodow FROM requested_on)::int AS weekday, extract(hour FROM requested_at AT TIME ZONE 'Europe/London')::int AS hour, count(*)::int AS requests
         FROM record_request
        WHERE ${scopeSql(scope, p)} AND requested_week BETWEEN ${p.add(periodStartOfDate(range.from, 'week'))}::date AND ${p.add(range.to)}::date
          AND requested_on BETWEEN ${p.add(range.from)}::date AND ${p.add(range.to)}::date AND priority = ${p.add(priority)}
        GROUP BY 1, 2`,
      p.values,
    );
  }
  /**
   * What training compliance is computed from (trainingAssignments of @recordroom/people, then
   * computeTrainingCompliance of @recordroom/kpi): the scope's staff with their employment dates
   * and skills, the national and organisation's courses, and every completion recorded.
   */
  async trainingRecords(scope: KpiScope): Promise<TrainingRecords> {
    const params = new SqlParams();
    const organisation = params.add(scope.organisationId);
    const department = scope.departmentId === null ? '' : ` AND s.department_id = ${params.add(scope.departmentId)}`;
    const people = await this.dataSource.query<TrainingRecords['people']>(
      `SELECT s.id, s.team_id AS "teamId", s.department_id AS "departmentId", s.skills, s.employment_start_date AS "employmentStartDate", s.employment_end_date AS "employmentEndDate"
         FROM staff_member s WHERE s.organisation_id = ${organisation}${department}`,
      params.values,
    );
    const courses = await this.dataSource.query<TrainingRecords['courses']>(
      `SELECT id, code, name, renewal_months AS "renewalMonths", required_for_skills AS "requiredForSkills" FROM course WHERE organisation_id IS NULL OR organisation_id = $1`,
      [scope.organisationId],
    );
    const completions = await this.dataSource.query<TrainingRecords['completions']>(
      `SELECT staff_member_id AS "staffId", course_id AS "courseId", completed_on AS "completedOn" FROM training_completion WHERE staff_member_id = ANY ($1::uuid[])`,
      [people.map((p) => p.id)],
    );
    return { people, courses, completions };
  }
}

function scopeSql(scope: KpiScope, p: SqlParams): string {
  return scope.departmentId === null
    ? `organisation_id = ${p.add(scope.organisationId)}`
    : `department_id = ${p.add(scope.departmentId)} AND organisation_id = ${p.add(scope.organisationId)}`;
}

function scopeAndDateRange(column: string, scope: KpiScope, range: KpiRange, p: SqlParams): string {
  return `${scopeSql(scope, p)} AND ${column} BETWEEN ${p.add(range.from)}::date AND ${p.add(range.to)}::date`;
}

/**
 * The range cut into up to `parts` runs of whole periods (weeks or months), in order; the first
 * and last may be part-periods, as the range itself may be.
 */
export function periodAlignedParts(range: KpiRange, granularity: PeriodGranularity, parts: number): KpiRange[] {
  const starts: IsoDate[] = [];
  for (let start = periodStartOfDate(range.from, granularity); start <= range.to; start = nextPeriodStart(start, granularity)) starts.push(start);
  const size = Math.ceil(starts.length / parts);
  const result: KpiRange[] = [];
  for (let i = 0; i < starts.length; i += size) {
    const first = starts[i] as IsoDate;
    const next = starts[i + size];
    result.push({ from: first < range.from ? range.from : first, to: next === undefined ? range.to : addDays(next, -1) });
  }
  return result;
}

function nextPeriodStart(start: IsoDate, granularity: PeriodGranularity): IsoDate {
  return granularity === 'week' ? addDays(start, 7) : addMonthsClamped(start, 1);
}
