import { Injectable } from '@nestjs/common';
import { daysBetween, eachDate } from '@recordroom/calendar';
import { type PlannerDto } from '@recordroom/contracts';
import { createRotaChecker, findGaps, gapHeatmap, rankCoverCandidates, type CoverCandidates } from '@recordroom/rota';
import { type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { recordSicknessRead } from '../audit/sickness-read.js';
import { type CurrentUser } from '../auth/current-user.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { notFound } from '../http/problem.js';
import { reaches, ScopeService } from '../scope/scope.service.js';
import { AbsencesRepository } from './absences.repository.js';
import { CoverCostEstimators } from './cover-cost-estimators.js';
import { PeriodAccess } from './period-access.js';
import { RotaInputRepository } from './rota-input.repository.js';
import { toPeriodDto, toPlannerAbsenceDto, toShiftTypeDto, withoutAbsenceDetails } from './rota.mapper.js';
import { ShiftTypesRepository } from './shift-types.repository.js';

/** Everything the planner grid draws for one period, and the ranked people for one of its shifts. */
@Injectable()
export class PlannerService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly scope: ScopeService,
    private readonly access: PeriodAccess,
    private readonly rotas: RotaInputRepository,
    private readonly shiftTypes: ShiftTypesRepository,
    private readonly absences: AbsencesRepository,
    private readonly coverCosts: CoverCostEstimators,
    private readonly audit: AuditTrail,
  ) {}

  planner(user: CurrentUser, periodId: string): Promise<PlannerDto> {
    return this.work.reading(async (em) => {
      const planner = await this.plannerOf(em, user, periodId);
      // The planner shows that someone is off sick, never why.
      await recordSicknessRead(em, this.audit, user, planner.absences.filter((a) => a.kind === 'sickness').map((a) => ({ staffMemberId: a.staffId, departmentId: planner.period.departmentId, reasonShown: false })), 'rota-planner');
      return planner;
    });
  }

  /** rankCoverCandidates for one dated shift; an officer is offered only people in their line. */
  candidates(user: CurrentUser, periodId: string, shiftId: string): Promise<CoverCandidates> {
    return this.work.reading(async (em) => {
      const period = await this.access.find(em, user, periodId);
      const loaded = await this.rotas.load(em, user.organisationId, period.departmentId, period);
      const shift = loaded.input.shifts.find((s) => s.id === shiftId && s.date >= period.startDate && s.date <= period.endDate);
      if (!shift) throw notFound('shift');
      const reach = await this.scope.reach(user, 'change', em);
      const checker = createRotaChecker(loaded.input);
      // Priced, and ranked by price too, for the roles that see pay; officers see no price.
      const costEstimator = await this.coverCosts.forRota(user, period.departmentId, checker.context);
      return rankCoverCandidates({ shiftIds: [shiftId] }, checker, {
        shiftId,
        ...(reach.everyone ? {} : { staffIds: loaded.staff.filter((s) => reaches(reach, s.id)).map((s) => s.id) }),
        ...(costEstimator ? { costEstimator } : {}),
      });
    });
  }

  private async plannerOf(em: EntityManager, user: CurrentUser, periodId: string): Promise<PlannerDto> {
    const period = await this.access.find(em, user, periodId);
    // Everyone who reads the department's rota sees its shifts; absence details only those whose
    // absences they may read (an officer: their line), rostering only those they may change.
    const [loaded, rostered, readable, typeRows, absenceRows] = await Promise.all([
      this.rotas.load(em, user.organisationId, period.departmentId, period),
      this.scope.reach(user, 'change', em),
      this.scope.reach(user, 'read', em),
      this.shiftTypes.findOfDepartment(em, user.organisationId, period.departmentId),
      this.absences.findForPlanner(em, user.organisationId, period.departmentId, period.startDate, period.endDate),
    ]);
    const checker = createRotaChecker(loaded.input);
    const report = checker.report();
    const gaps = findGaps(checker, { includeCovered: true });
    const locationNames = new Map(loaded.locations.map((l) => [l.id, l.name]));
    const names = new Map(loaded.staff.map((s) => [s.id, `${s.firstName} ${s.lastName}`]));
    const inPeriod = loaded.input.shifts.filter((s) => s.date >= period.startDate && s.date <= period.endDate);
    const inPeriodIds = new Set(inPeriod.map((s) => s.id));
    const weeks = (daysBetween(period.startDate, period.endDate) + 1) / 7;
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
        inScope: reaches(rostered, s.id),
      })),
      shifts: inPeriod.map((s) => ({ id: s.id, periodId: period.id, shiftTypeId: s.shiftTypeId, date: s.date })),
      assignments: loaded.input.assignments
        .filter((a) => inPeriodIds.has(a.shiftId))
        .map((a) => ({ id: a.id, shiftId: a.shiftId, staffId: a.staffId, source: a.source, acknowledgements: [...(a.acknowledgements ?? [])] })),
      absences: absenceRows.filter((a) => reaches(readable, a.staffMemberId)).map((a) => toPlannerAbsenceDto(a, a.staffName)),
      gaps,
      heatmap: gapHeatmap(gaps, period),
      violations: report.violations.map((v) => (v.staffId === null || reaches(readable, v.staffId) ? v : withoutAbsenceDetails(v, names.get(v.staffId) ?? 'Someone'))),
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
}
