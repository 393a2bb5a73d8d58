import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { daysBetween, eachDate, isoWeekday, type IsoDate } from '@recordroom/calendar';
import { type CreatePeriodDto, type CreateShiftDto, type RotaPeriodDto, type ShiftDto } from '@recordroom/contracts';
import { checkRota, transitionRotaPeriod, type RotaPeriodStatus } from '@recordroom/rota';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { duplicate, staleVersion, unprocessable, type FieldError } from '../http/problem.js';
import { RotaPeriodEntity } from './entities/rota-period.entity.js';
import { RotaShiftEntity } from './entities/rota-shift.entity.js';
import { ShiftTypeEntity } from './entities/shift-type.entity.js';
import { bumpPeriodVersion, lockPeriodForEdit } from './period-edits.js';
import { RotaAccess } from './rota-access.js';
import { RotaInputRepository } from './rota-input.repository.js';
import { hardRuleBroken } from './rota-problems.js';
import { periodAuditSnapshot, toPeriodDto } from './rota.mapper.js';
import { Clock } from '../time/clock.js';

/** A period is at most 13 weeks: a quarter is the longest rota a department plans ahead. */
const MAXIMUM_PERIOD_DAYS = 13 * 7;

/** Rota periods: create with their dated shifts, publish (no hard breach), reopen with a reason, finalise. */
@Injectable()
export class PeriodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RotaAccess,
    private readonly rotas: RotaInputRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async list(user: CurrentUser, departmentId: string | undefined): Promise<RotaPeriodDto[]> {
    const department = await this.access.department(user, departmentId);
    const periods = await this.dataSource.getRepository(RotaPeriodEntity).find({ where: { organisationId: user.organisationId, departmentId: department }, order: { startDate: 'DESC' } });
    return periods.map(toPeriodDto);
  }

  async create(user: CurrentUser, body: CreatePeriodDto): Promise<RotaPeriodDto> {
    const errors: FieldError[] = [];
    if (body.startDate < this.clock.today()) errors.push({ field: 'startDate', message: `is in the past; a new rota starts today (${this.clock.today()}) or later` });
    if (body.endDate < body.startDate) errors.push({ field: 'endDate', message: 'is before the start date' });
    else if (daysBetween(body.startDate, body.endDate) + 1 > MAXIMUM_PERIOD_DAYS) errors.push({ field: 'endDate', message: 'makes the period longer than 13 weeks' });
    if (errors.length > 0) throw unprocessable(errors);
    return this.dataSource.transaction(async (em) => {
      const departmentId = await this.access.department(user, body.departmentId, em);
      // One period at a time per department: the department row is the lock, so two overlapping creates cannot both pass.
      await em.query('SELECT id FROM department WHERE id = $1 FOR UPDATE', [departmentId]);
      const overlapping: { name: string }[] = await em.query(
        'SELECT name FROM rota_period WHERE department_id = $1 AND start_date <= $3 AND end_date >= $2 LIMIT 1',
        [departmentId, body.startDate, body.endDate],
      );
      if (overlapping[0]) throw duplicate('startDate', `the dates overlap the rota period "${overlapping[0].name}"`);
      const { identifiers } = await em.insert(RotaPeriodEntity, { organisationId: user.organisationId, departmentId, name: body.name, startDate: body.startDate, endDate: body.endDate, status: 'draft' });
      const id = (identifiers[0] as { id: string }).id;
      const shifts = await this.datedShifts(em, user.organisationId, departmentId, id, body.startDate, body.endDate);
      for (let i = 0; i < shifts.length; i += 500) await em.insert(RotaShiftEntity, shifts.slice(i, i + 500));
      const created = await em.getRepository(RotaPeriodEntity).findOneByOrFail({ id });
      await this.audit.record(em, user, { action: 'create', entityType: 'rota-period', entityId: id, departmentId, before: null, after: { ...periodAuditSnapshot(created), shifts: shifts.length } });
      return toPeriodDto(created);
    });
  }

  /** An extra dated shift (a second A&E evening on a busy night). */
  async addShift(user: CurrentUser, periodId: string, body: CreateShiftDto): Promise<ShiftDto> {
    return this.dataSource.transaction(async (em) => {
      const period = await lockPeriodForEdit(em, this.access, user, periodId, body.periodVersion, body.reason);
      const errors: FieldError[] = [];
      const type = await em.getRepository(ShiftTypeEntity).findOneBy({ id: body.shiftTypeId, organisationId: user.organisationId });
      if (!type || type.departmentId !== period.departmentId) errors.push({ field: 'shiftTypeId', message: 'is not a shift type of this department' });
      if (body.date < period.startDate || body.date > period.endDate) errors.push({ field: 'date', message: `is outside the period (${period.startDate} to ${period.endDate})` });
      if (errors.length > 0) throw unprocessable(errors);
      const { identifiers } = await em.insert(RotaShiftEntity, { organisationId: user.organisationId, periodId, shiftTypeId: body.shiftTypeId, date: body.date });
      const id = (identifiers[0] as { id: string }).id;
      const periodVersion = await bumpPeriodVersion(em, periodId);
      await this.audit.record(em, user, { action: 'create', entityType: 'rota-shift', entityId: id, departmentId: period.departmentId, before: null, after: { periodId, shiftTypeId: body.shiftTypeId, date: body.date, periodVersion } });
      return { id, periodId, shiftTypeId: body.shiftTypeId, date: body.date };
    });
  }

  async publish(user: CurrentUser, id: string, version: number): Promise<RotaPeriodDto> {
    return this.transition(user, id, version, 'published', null);
  }

  async reopen(user: CurrentUser, id: string, version: number, reason: string): Promise<RotaPeriodDto> {
    return this.transition(user, id, version, 'draft', reason);
  }

  async finalise(user: CurrentUser, id: string, version: number): Promise<RotaPeriodDto> {
    return this.transition(user, id, version, 'finalised', null);
  }

  private async transition(user: CurrentUser, id: string, version: number, to: RotaPeriodStatus, reason: string | null): Promise<RotaPeriodDto> {
    return this.dataSource.transaction(async (em) => {
      const period = await this.access.period(user, id, em, true);
      if (period.version !== version) throw staleVersion('rota period', version, period.version);
      const report = to === 'published' ? checkRota((await this.rotas.load(em, user.organisationId, period.departmentId, period)).input) : undefined;
      const result = transitionRotaPeriod({ id: period.id, name: period.name, startDate: period.startDate, endDate: period.endDate, status: period.status }, to, { report, today: this.clock.today() });
      if (!result.ok) {
        if (result.violations.length > 0) throw hardRuleBroken(result.violations);
        throw unprocessable([{ field: 'status', message: result.reason }]);
      }
      const published = to === 'published' ? { publishedAt: this.clock.now(), publishedBy: user.displayName } : to === 'draft' ? { publishedAt: null, publishedBy: null } : {};
      await em.update(RotaPeriodEntity, { id }, { status: to, ...published, version: () => 'version + 1', updatedAt: () => 'now()' });
      const updated = await em.getRepository(RotaPeriodEntity).findOneByOrFail({ id });
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

  /**
   * A dated shift of each shift type on each date its cover asks for it: a date's own requirement
   * decides that date, otherwise the weekday's (as the domain reads cover).
   */
  private async datedShifts(em: EntityManager, organisationId: string, departmentId: string, periodId: string, startDate: IsoDate, endDate: IsoDate): Promise<Partial<RotaShiftEntity>[]> {
    const cover = await this.rotas.cover(em, organisationId, departmentId);
    const types = new Set(cover.map((c) => c.shiftTypeId));
    if (types.size === 0) return [];
    const shifts: Partial<RotaShiftEntity>[] = [];
    for (const date of eachDate(startDate, endDate)) {
      for (const shiftTypeId of types) {
        const own = cover.filter((c) => c.shiftTypeId === shiftTypeId && 'date' in c.appliesTo && c.appliesTo.date === date);
        const applying = own.length > 0 ? own : cover.filter((c) => c.shiftTypeId === shiftTypeId && 'weekday' in c.appliesTo && c.appliesTo.weekday === isoWeekday(date));
        if (applying.some((c) => c.ideal > 0 || c.minimum > 0)) shifts.push({ organisationId, periodId, shiftTypeId, date });
      }
    }
    return shifts;
  }
}

