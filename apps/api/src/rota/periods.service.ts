import { Injectable } from '@nestjs/common';
import { daysBetween, eachDate, isoWeekday, type IsoDate } from '@recordroom/calendar';
import { type CreatePeriodDto, type CreateShiftDto, type RotaPeriodDto, type ShiftDto } from '@recordroom/contracts';
import { checkRota, transitionRotaPeriod, type CoverRequirement, type RotaPeriodStatus } from '@recordroom/rota';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { duplicate, staleVersion, unprocessable, type FieldError } from '../http/problem.js';
import { ScopeService } from '../scope/scope.service.js';
import { Clock } from '../time/clock.js';
import { PeriodAccess } from './period-access.js';
import { RotaPeriodsRepository } from './periods.repository.js';
import { RotaInputRepository } from './rota-input.repository.js';
import { hardRuleBroken } from './rota-problems.js';
import { periodAuditSnapshot, toPeriodDto } from './rota.mapper.js';
import { ShiftTypesRepository } from './shift-types.repository.js';
import { ShiftsRepository } from './shifts.repository.js';
import { SicknessAbsencesService } from './sickness-absences.service.js';

/** A period is at most 13 weeks: a quarter is the longest rota a department plans ahead. */
const MAXIMUM_PERIOD_DAYS = 13 * 7;

/** Rota periods: create with their dated shifts, publish (no hard breach), reopen with a reason, finalise. */
@Injectable()
export class PeriodsService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly scope: ScopeService,
    private readonly access: PeriodAccess,
    private readonly periods: RotaPeriodsRepository,
    private readonly shifts: ShiftsRepository,
    private readonly shiftTypes: ShiftTypesRepository,
    private readonly rotas: RotaInputRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
    private readonly sicknessOnRota: SicknessAbsencesService,
  ) {}

  list(user: CurrentUser, departmentId: string | undefined): Promise<RotaPeriodDto[]> {
    return this.work.reading(async (em) => {
      const department = await this.scope.department(user, departmentId, em);
      return (await this.periods.findOfDepartment(em, user.organisationId, department)).map(toPeriodDto);
    });
  }

  async create(user: CurrentUser, body: CreatePeriodDto): Promise<RotaPeriodDto> {
    const errors: FieldError[] = [];
    if (body.startDate < this.clock.today()) errors.push({ field: 'startDate', message: `is in the past; a new rota starts today (${this.clock.today()}) or later` });
    if (body.endDate < body.startDate) errors.push({ field: 'endDate', message: 'is before the start date' });
    else if (daysBetween(body.startDate, body.endDate) + 1 > MAXIMUM_PERIOD_DAYS) errors.push({ field: 'endDate', message: 'makes the period longer than 13 weeks' });
    if (errors.length > 0) throw unprocessable(errors);
    return this.work.transaction(async (em) => {
      const organisationId = user.organisationId;
      const departmentId = await this.scope.department(user, body.departmentId, em);
      await this.periods.lockDepartmentForNewPeriod(em, departmentId);
      const overlapping = await this.periods.nameOfOverlapping(em, departmentId, body.startDate, body.endDate);
      if (overlapping !== null) throw duplicate('startDate', `the dates overlap the rota period "${overlapping}"`);
      const id = await this.periods.insertPeriod(em, { organisationId, departmentId, name: body.name, startDate: body.startDate, endDate: body.endDate, status: 'draft' });
      const cover = await this.rotas.cover(em, organisationId, departmentId);
      const shifts = datedShifts(cover, body.startDate, body.endDate).map((s) => ({ ...s, organisationId, periodId: id }));
      await this.shifts.insertShifts(em, shifts);
      await this.sicknessOnRota.extendOpenEpisodes(em, user, departmentId);
      const created = await this.periods.findKnown(em, id);
      await this.audit.record(em, user, { action: 'create', entityType: 'rota-period', entityId: id, departmentId, before: null, after: { ...periodAuditSnapshot(created), shifts: shifts.length } });
      return toPeriodDto(created);
    });
  }

  /** An extra dated shift (a second A&E evening on a busy night). */
  addShift(user: CurrentUser, periodId: string, body: CreateShiftDto): Promise<ShiftDto> {
    return this.work.transaction(async (em) => {
      const period = await this.access.lockForEdit(em, user, periodId, body.periodVersion, body.reason);
      const errors: FieldError[] = [];
      if (!(await this.shiftTypes.isOfDepartment(em, user.organisationId, period.departmentId, body.shiftTypeId))) errors.push({ field: 'shiftTypeId', message: 'is not a shift type of this department' });
      if (body.date < period.startDate || body.date > period.endDate) errors.push({ field: 'date', message: `is outside the period (${period.startDate} to ${period.endDate})` });
      if (errors.length > 0) throw unprocessable(errors);
      const id = await this.shifts.insertShift(em, { organisationId: user.organisationId, periodId, shiftTypeId: body.shiftTypeId, date: body.date });
      const periodVersion = await this.periods.bumpVersion(em, periodId);
      await this.audit.record(em, user, { action: 'create', entityType: 'rota-shift', entityId: id, departmentId: period.departmentId, before: null, after: { periodId, shiftTypeId: body.shiftTypeId, date: body.date, periodVersion } });
      return { id, periodId, shiftTypeId: body.shiftTypeId, date: body.date };
    });
  }

  publish(user: CurrentUser, id: string, version: number): Promise<RotaPeriodDto> {
    return this.transition(user, id, version, 'published', null);
  }

  reopen(user: CurrentUser, id: string, version: number, reason: string): Promise<RotaPeriodDto> {
    return this.transition(user, id, version, 'draft', reason);
  }

  finalise(user: CurrentUser, id: string, version: number): Promise<RotaPeriodDto> {
    return this.transition(user, id, version, 'finalised', null);
  }

  private transition(user: CurrentUser, id: string, version: number, to: RotaPeriodStatus, reason: string | null): Promise<RotaPeriodDto> {
    return this.work.transaction(async (em) => {
      const period = await this.access.find(em, user, id, true);
      if (period.version !== version) throw staleVersion('rota period', version, period.version);
      const report = to === 'published' ? checkRota((await this.rotas.load(em, user.organisationId, period.departmentId, period)).input) : undefined;
      const result = transitionRotaPeriod({ id: period.id, name: period.name, startDate: period.startDate, endDate: period.endDate, status: period.status }, to, { report, today: this.clock.today() });
      if (!result.ok) {
        if (result.violations.length > 0) throw hardRuleBroken(result.violations);
        throw unprocessable([{ field: 'status', message: result.reason }]);
      }
      const published = to === 'published' ? { publishedAt: this.clock.now(), publishedBy: user.displayName } : to === 'draft' ? { publishedAt: null, publishedBy: null } : {};
      const updated = await this.periods.changeStatus(em, id, to, published);
      await this.audit.record(em, user, {
        action: 'update',
        entityType: 'rota-period',
        entityId: id,
        departmentId: period.departmentId,
        before: periodAuditSnapshot(period),
        after: { ...periodAuditSnapshot(updated), ...(reason ? { reason } : {}) },
      });
      return toPeriodDto(updated);
    });
  }
}

/**
 * A dated shift of each shift type on each date its cover asks for it: a date's own requirement
 * decides that date, otherwise the weekday's (as the domain reads cover).
 */
function datedShifts(cover: readonly CoverRequirement[], startDate: IsoDate, endDate: IsoDate): { shiftTypeId: string; date: IsoDate }[] {
  const types = new Set(cover.map((c) => c.shiftTypeId));
  const shifts: { shiftTypeId: string; date: IsoDate }[] = [];
  for (const date of eachDate(startDate, endDate)) {
    for (const shiftTypeId of types) {
      const own = cover.filter((c) => c.shiftTypeId === shiftTypeId && 'date' in c.appliesTo && c.appliesTo.date === date);
      const applying = own.length > 0 ? own : cover.filter((c) => c.shiftTypeId === shiftTypeId && 'weekday' in c.appliesTo && c.appliesTo.weekday === isoWeekday(date));
      if (applying.some((c) => c.ideal > 0 || c.minimum > 0)) shifts.push({ shiftTypeId, date });
    }
  }
  return shifts;
}
