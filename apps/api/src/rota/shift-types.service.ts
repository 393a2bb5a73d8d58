import { Injectable } from '@nestjs/common';
import { type CreateShiftTypeDto, type ShiftTypeDto, type UpdateShiftTypeDto } from '@recordroom/contracts';
import { validateShiftType } from '@recordroom/rota';
import { type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { duplicate, notFound, staleVersion, unprocessable } from '../http/problem.js';
import { ScopeService } from '../scope/scope.service.js';
import { type ShiftTypeEntity } from './entities/shift-type.entity.js';
import { shiftTypeAuditSnapshot, toShiftTypeDto } from './rota.mapper.js';
import { ShiftTypesRepository, type ShiftTypeValues } from './shift-types.repository.js';

/** Shift types of a department: times checked by the domain (no zero-length shift, midnight said aloud). */
@Injectable()
export class ShiftTypesService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly scope: ScopeService,
    private readonly shiftTypes: ShiftTypesRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(user: CurrentUser, departmentId: string | undefined): Promise<ShiftTypeDto[]> {
    return this.work.reading(async (em) => {
      const department = await this.scope.department(user, departmentId, em);
      const types = await this.shiftTypes.findOfDepartment(em, user.organisationId, department);
      const names = await this.shiftTypes.locationNames(em, user.organisationId, department);
      return types.map((t) => toShiftTypeDto(t, names.get(t.locationId) ?? ''));
    });
  }

  create(user: CurrentUser, body: CreateShiftTypeDto): Promise<ShiftTypeDto> {
    return this.work.transaction(async (em) => {
      const departmentId = await this.scope.department(user, body.departmentId, em);
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
      const created = await this.shiftTypes.insert(em, { ...values, organisationId: user.organisationId, departmentId });
      await this.audit.record(em, user, { action: 'create', entityType: 'shift-type', entityId: created.id, departmentId, before: null, after: shiftTypeAuditSnapshot(created) });
      return this.toDto(em, user.organisationId, created);
    });
  }

  update(user: CurrentUser, id: string, body: UpdateShiftTypeDto): Promise<ShiftTypeDto> {
    return this.work.transaction(async (em) => {
      const current = await this.shiftTypes.lockInOrganisation(em, user.organisationId, id);
      if (!current || !(await this.scope.mayReadDepartment(user, current.departmentId, em))) throw notFound('shift type');
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
      if (next.locationId !== current.locationId && (await this.shiftTypes.hasCoverElsewhere(em, id, next.locationId))) {
        throw unprocessable([{ field: 'locationId', message: 'cannot change while cover is asked of this shift type at its current location; move or delete that cover first' }]);
      }
      const updated = await this.shiftTypes.update(em, id, next);
      await this.audit.record(em, user, { action: 'update', entityType: 'shift-type', entityId: id, departmentId: current.departmentId, before: shiftTypeAuditSnapshot(current), after: shiftTypeAuditSnapshot(updated) });
      return this.toDto(em, user.organisationId, updated);
    });
  }

  private async checkRules(em: EntityManager, organisationId: string, departmentId: string, values: ShiftTypeValues, exceptId: string | null): Promise<void> {
    const errors = validateShiftType({ id: exceptId ?? 'new', ...values, start: values.startTime, end: values.endTime }).filter((e) => e.field !== 'id');
    if (!(await this.shiftTypes.isLocationOfDepartment(em, organisationId, departmentId, values.locationId))) errors.push({ field: 'locationId', message: 'is not a location of this department' });
    if (errors.length > 0) throw unprocessable(errors);
    if (await this.shiftTypes.codeTaken(em, departmentId, values.code, exceptId)) throw duplicate('code', `${values.code} is already the code of another shift type in the department`);
  }

  private async toDto(em: EntityManager, organisationId: string, type: ShiftTypeEntity): Promise<ShiftTypeDto> {
    const names = await this.shiftTypes.locationNames(em, organisationId, type.departmentId);
    return toShiftTypeDto(type, names.get(type.locationId) ?? '');
  }
}
