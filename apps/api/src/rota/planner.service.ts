import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { daysBetween, eachDate } from '@recordroom/calendar';
import { type PlannerDto } from '@recordroom/contracts';
import { createRotaChecker, findGaps, gapHeatmap, rankCoverCandidates, type CoverCandidates } from '@recordroom/rota';
import { DataSource } from 'typeorm';
import { type CurrentUser } from '../auth/current-user.js';
import { notFound } from '../http/problem.js';
import { CoverCostEstimators } from './cover-cost-estimators.js';
import { AbsenceEntity } from './entities/absence.entity.js';
import { ShiftTypeEntity } from './entities/shift-type.entity.js';
import { RotaAccess } from './rota-access.js';
import { RotaInputRepository } from './rota-input.repository.js';
import { toAbsenceDto, toPeriodDto, toShiftTypeDto } from './rota.mapper.js';

/** Everything the planner grid draws for one period, and the ranked people for one of its shifts. */
@Injectable()
export class PlannerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RotaAccess,
    private readonly rotas: RotaInputRepository,
    private readonly coverCosts: CoverCostEstimators,
  ) {}

  async planner(user: CurrentUser, periodId: string): Promise<PlannerDto> {
    const em = this.dataSource.manager;
    const period = await this.access.period(user, periodId, em);
    const [loaded, line, typeRows, absenceRows] = await Promise.all([
      this.rotas.load(em, user.organisationId, period.departmentId, period),
      this.access.line(user, em),
      em.getRepository(ShiftTypeEntity).find({ where: { organisationId: user.organisationId, departmentId: period.departmentId }, order: { startTime: 'ASC', code: 'ASC' } }),
      em.query<(AbsenceEntity & { staff_name: string })[]>(
        `SELECT a.id, a.staff_member_id AS "staffMemberId", a.kind, a.status, a.start_date AS "startDate", a.end_date AS "endDate", a.start_time AS "startTime",
                a.end_time AS "endTime", a.note, a.decided_by AS "decidedBy", a.decided_at AS "decidedAt", a.version, s.first_name || ' ' || s.last_name AS staff_name
           FROM absence a JOIN staff_member s ON s.id = a.staff_member_id
          WHERE a.organisation_id = $1 AND s.department_id = $2 AND a.status IN ('approved', 'requested') AND a.end_date >= $3 AND a.start_date <= $4
          ORDER BY a.start_date, s.last_name`,
        [user.organisationId, period.departmentId, period.startDate, period.endDate],
      ),
    ]);
    const checker = createRotaChecker(loaded.input);
    const report = checker.report();
    const gaps = findGaps(checker, { includeCovered: true });
    const locationNames = new Map(loaded.locations.map((l) => [l.id, l.name]));
    const inPeriod = loaded.input.shifts.filter((s) => s.date >= period.startDate && s.date <= period.endDate);
    const inPeriodIds = new Set(inPeriod.map((s) => s.id));
    const weeks = (daysBetween(period.startDate, period.endDate) + 1) / 7;
    const mayEdit = user.role === 'admin' || user.role === 'manager' || user.role === 'officer';
    return {
      period: toPeriodDto(period),
      dates: eachDate(period.startDate, period.endDate),
      locations: loaded.locations,
      shiftTypes: typeRows.map((t) => toShiftTypeDto(t, locationNames.get(t.locationId) ?? '')),
      staff: loaded.staff.map((s) => ({
        id: s.id,
        name: `${s.firstName} ${s.lastName}`,
        band: s.band as PlannerDto['staff'][number]['band'],
        teamId: s.teamId,
        teamName: s.teamName,
        contractedHoursPerWeek: s.contractedHoursPerWeek,
        skills: [...s.skills],
        contractType: s.contractType,
        inScope: mayEdit && (line === null || line.has(s.id)),
      })),
      shifts: inPeriod.map((s) => ({ id: s.id, periodId: period.id, shiftTypeId: s.shiftTypeId, date: s.date })),
      assignments: loaded.input.assignments
        .filter((a) => inPeriodIds.has(a.shiftId))
        .map((a) => ({ id: a.id, shiftId: a.shiftId, staffId: a.staffId, source: a.source, acknowledgements: [...(a.acknowledgements ?? [])] })),
      absences: absenceRows.map((a) => toAbsenceDto({ ...a, decidedAt: a.decidedAt ? new Date(a.decidedAt) : null }, a.staff_name)),
      gaps,
      heatmap: gapHeatmap(gaps, period),
      violations: report.violations,
      fairness: loaded.fairness.entries,
      hoursByStaff: loaded.staff.map((s) => {
        const person = checker.context.people.get(s.id);
        return {
          staffId: s.id,
          plannedMinutes: (person?.actualInPeriod ?? []).reduce((sum, w) => sum + w.shift.paidMinutes, 0),
          contractedMinutes: Math.round(s.contractedHoursPerWeek * 60 * weeks),
        };
      }),
    };
  }

  /** rankCoverCandidates for one dated shift; an officer is offered only people in their line. */
  async candidates(user: CurrentUser, periodId: string, shiftId: string): Promise<CoverCandidates> {
    const em = this.dataSource.manager;
    const period = await this.access.period(user, periodId, em);
    const loaded = await this.rotas.load(em, user.organisationId, period.departmentId, period);
    const shift = loaded.input.shifts.find((s) => s.id === shiftId && s.date >= period.startDate && s.date <= period.endDate);
    if (!shift) throw notFound('shift');
    const line = await this.access.line(user, em);
    const checker = createRotaChecker(loaded.input);
    // Priced, and ranked by price too, for the roles that see pay; officers see no price.
    const costEstimator = await this.coverCosts.forRota(user, period.departmentId, checker.context);
    return rankCoverCandidates({ shiftIds: [shiftId] }, checker, {
      shiftId,
      ...(line ? { staffIds: loaded.staff.filter((s) => line.has(s.id)).map((s) => s.id) } : {}),
      ...(costEstimator ? { costEstimator } : {}),
    });
  }
}
