import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CreateShiftTypeDto, type ShiftTypeDto, type UpdateShiftTypeDto } from '@recordroom/contracts';
import { validateShiftType } from '@recordroom/rota';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { duplicate, notFound, staleVersion, unprocessable } from '../http/problem.js';
import { LocationEntity } from '../organisation/location.entity.js';
import { ShiftTypeEntity } from './entities/shift-type.entity.js';
import { RotaAccess } from './rota-access.js';
import { shiftTypeAuditSnapshot, toShiftTypeDto } from './rota.mapper.js';

type ShiftTypeValues = Pick<ShiftTypeEntity, 'code' | 'name' | 'startTime' | 'endTime' | 'endsNextDay' | 'unpaidBreakMinutes' | 'paidBreakMinutes' | 'locationId' | 'requiredSkill'>;

/** Shift types of a department: times checked by the domain (no zero-length shift, midnight said aloud). */
@Injectable()
export class ShiftTypesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RotaAccess,
    private readonly audit: AuditTrail,
  ) {}

  async list(user: CurrentUser, departmentId: string | undefined): Promise<ShiftTypeDto[]> {
    const department = await this.access.department(user, departmentId);
    const types = await this.dataSource.getRepository(ShiftTypeEntity).find({ where: { organisationId: user.organisationId, departmentId: department }, order: { startTime: 'ASC', code: 'ASC' } });
    const names = await this.locationNames(this.dataSource.manager, user.organisationId, department);
    return types.map((t) => toShiftTypeDto(t, names.get(t.locationId) ?? ''));
  }

  async create(user: CurrentUser, body: CreateShiftTypeDto): Promise<ShiftTypeDto> {
    return this.dataSource.transaction(async (em) => {
      const departmentId = await this.access.department(user, body.departmentId, em);
      const values: ShiftTypeValues = {
        code: body.code,
        name: body.name,
        startTime: body.start,
        endTime: body.end,
        endsNextDay: body.endsNextDay,
        unpaidBreakMinutes: body.unpaidBreakMinutes,
        paidBreakMinutes: body.paidBreakMinutes,
        locationId: body.locationId,
        requiredSkill: body.requiredSkill,
      };
      await this.checkRules(em, user.organisationId, departmentId, values, null);
      const { identifiers } = await em.insert(ShiftTypeEntity, { ...values, organisationId: user.organisationId, departmentId });
      const created = await em.getRepository(ShiftTypeEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
      await this.audit.record(em, user, { action: 'create', entityType: 'shift-type', entityId: created.id, departmentId, before: null, after: shiftTypeAuditSnapshot(created) });
      return toShiftTypeDto(created, (await this.locationNames(em, user.organisationId, departmentId)).get(created.locationId) ?? '');
    });
  }

  async update(user: CurrentUser, id: string, body: UpdateShiftTypeDto): Promise<ShiftTypeDto> {
    return this.dataSource.transaction(async (em) => {
      const current = await em.getRepository(ShiftTypeEntity).findOne({ where: { id, organisationId: user.organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw notFound('shift type');
      await this.access.department(user, current.departmentId, em).catch(() => {
        throw notFound('shift type');
      });
      if (current.version !== body.version) throw staleVersion('shift type', body.version, current.version);
      const next: ShiftTypeValues = {
        code: body.code ?? current.code,
        name: body.name ?? current.name,
        startTime: body.start ?? current.startTime,
        endTime: body.end ?? current.endTime,
        endsNextDay: body.endsNextDay ?? current.endsNextDay,
        unpaidBreakMinutes: body.unpaidBreakMinutes ?? current.unpaidBreakMinutes,
        paidBreakMinutes: body.paidBreakMinutes ?? current.paidBreakMinutes,
        locationId: body.locationId ?? current.locationId,
        requiredSkill: body.requiredSkill === undefined ? current.requiredSkill : body.requiredSkill,
      };
      await this.checkRules(em, user.organisationId, current.departmentId, next, current.id);
      await em.update(ShiftTypeEntity, { id }, { ...next, version: () => 'version + 1', updatedAt: () => 'now()' });
      const updated = await em.getRepository(ShiftTypeEntity).findOneByOrFail({ id });
      await this.audit.record(em, user, { action: 'update', entityType: 'shift-type', entityId: id, departmentId: current.departmentId, before: shiftTypeAuditSnapshot(current), after: shiftTypeAuditSnapshot(updated) });
      return toShiftTypeDto(updated, (await this.locationNames(em, user.organisationId, current.departmentId)).get(updated.locationId) ?? '');
    });
  }

  private async checkRules(em: EntityManager, organisationId: string, departmentId: string, values: ShiftTypeValues, exceptId: string | null): Promise<void> {
    const errors = validateShiftType({ id: exceptId ?? 'new', ...values, start: values.startTime, end: values.endTime }).filter((e) => e.field !== 'id');
    const location = await em.getRepository(LocationEntity).findOneBy({ id: values.locationId, organisationId });
    if (!location || location.departmentId !== departmentId) errors.push({ field: 'locationId', message: 'is not a location of this department' });
    if (errors.length > 0) throw unprocessable(errors);
    const taken: unknown[] = await em.query('SELECT 1 FROM shift_type WHERE department_id = $1 AND code = $2 AND id IS DISTINCT FROM $3', [departmentId, values.code, exceptId]);
    if (taken.length > 0) throw duplicate('code', `${values.code} is already the code of another shift type in the department`);
  }

  private async locationNames(em: EntityManager, organisationId: string, departmentId: string): Promise<Map<string, string>> {
    const rows = await em.getRepository(LocationEntity).find({ where: { organisationId, departmentId } });
    return new Map(rows.map((l) => [l.id, l.name]));
  }
}
