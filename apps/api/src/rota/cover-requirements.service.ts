import { Injectable } from '@nestjs/common';
import { type CoverRequirementDto, type CreateCoverRequirementDto, type UpdateCoverRequirementDto } from '@recordroom/contracts';
import { validateCoverRequirement, type IsoWeekday } from '@recordroom/rota';
import { type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { notFound, staleVersion, unprocessable, type FieldError } from '../http/problem.js';
import { ScopeService } from '../scope/scope.service.js';
import { CoverRequirementsRepository, type CoverValues } from './cover-requirements.repository.js';
import { type CoverRequirementEntity } from './entities/cover-requirement.entity.js';
import { coverAuditSnapshot, toCoverRequirementDto } from './rota.mapper.js';
import { ShiftTypesRepository } from './shift-types.repository.js';

/** Cover requirements: location x shift type x weekday (or date), minimum and ideal head count. */
@Injectable()
export class CoverRequirementsService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly scope: ScopeService,
    private readonly cover: CoverRequirementsRepository,
    private readonly shiftTypes: ShiftTypesRepository,
    private readonly audit: AuditTrail,
  ) {}

  list(user: CurrentUser, departmentId: string | undefined): Promise<CoverRequirementDto[]> {
    return this.work.reading(async (em) => {
      const department = await this.scope.department(user, departmentId, em);
      return (await this.cover.findOfDepartment(em, user.organisationId, department)).map(toCoverRequirementDto);
    });
  }

  create(user: CurrentUser, body: CreateCoverRequirementDto): Promise<CoverRequirementDto> {
    return this.work.transaction(async (em) => {
      const departmentId = await this.scope.department(user, body.departmentId, em);
      const values: CoverValues = {
        locationId: body.locationId,
        shiftTypeId: body.shiftTypeId,
        weekday: 'weekday' in body.appliesTo ? body.appliesTo.weekday : null,
        date: 'date' in body.appliesTo ? body.appliesTo.date : null,
        minimum: body.minimum,
        ideal: body.ideal,
        skillMix: body.skillMix,
      };
      await this.checkRules(em, user.organisationId, departmentId, values);
      const created = await this.cover.insert(em, { ...values, organisationId: user.organisationId, departmentId });
      await this.audit.record(em, user, { action: 'create', entityType: 'cover-requirement', entityId: created.id, departmentId, before: null, after: coverAuditSnapshot(created) });
      return toCoverRequirementDto(created);
    });
  }

  update(user: CurrentUser, id: string, body: UpdateCoverRequirementDto): Promise<CoverRequirementDto> {
    return this.work.transaction(async (em) => {
      const current = await this.lock(em, user, id, body.version);
      const appliesTo = body.appliesTo;
      const next: CoverValues = {
        locationId: body.locationId ?? current.locationId,
        shiftTypeId: body.shiftTypeId ?? current.shiftTypeId,
        weekday: appliesTo ? ('weekday' in appliesTo ? appliesTo.weekday : null) : current.weekday,
        date: appliesTo ? ('date' in appliesTo ? appliesTo.date : null) : current.date,
        minimum: body.minimum ?? current.minimum,
        ideal: body.ideal ?? current.ideal,
        skillMix: body.skillMix ?? current.skillMix,
      };
      await this.checkRules(em, user.organisationId, current.departmentId, next);
      const updated = await this.cover.update(em, id, next);
      await this.audit.record(em, user, { action: 'update', entityType: 'cover-requirement', entityId: id, departmentId: current.departmentId, before: coverAuditSnapshot(current), after: coverAuditSnapshot(updated) });
      return toCoverRequirementDto(updated);
    });
  }

  async remove(user: CurrentUser, id: string, version: number): Promise<void> {
    await this.work.transaction(async (em) => {
      const current = await this.lock(em, user, id, version);
      await this.cover.delete(em, id);
      await this.audit.record(em, user, { action: 'delete', entityType: 'cover-requirement', entityId: id, departmentId: current.departmentId, before: coverAuditSnapshot(current), after: null });
    });
  }

  private async lock(em: EntityManager, user: CurrentUser, id: string, version: number): Promise<CoverRequirementEntity> {
    const current = await this.cover.lockInOrganisation(em, user.organisationId, id);
    if (!current || !(await this.scope.mayReadDepartment(user, current.departmentId, em))) throw notFound('cover requirement');
    if (current.version !== version) throw staleVersion('cover requirement', version, current.version);
    return current;
  }

  private async checkRules(em: EntityManager, organisationId: string, departmentId: string, values: CoverValues): Promise<void> {
    const appliesTo = values.date !== null ? { date: values.date } : { weekday: (values.weekday ?? 0) as IsoWeekday };
    const errors: FieldError[] = validateCoverRequirement({ id: 'cover', ...values, appliesTo, skillMix: values.skillMix as never }).filter((e) => e.field !== 'id');
    if (!(await this.shiftTypes.isLocationOfDepartment(em, organisationId, departmentId, values.locationId))) errors.push({ field: 'locationId', message: 'is not a location of this department' });
    // The planner reads cover per shift type, at the location the shift type is worked at
    // (packages/rota check/rota-state.ts), so cover elsewhere would be accepted here and then
    // refuse every planner read of the department.
    const typeLocation = await this.shiftTypes.locationOf(em, organisationId, departmentId, values.shiftTypeId);
    if (typeLocation === null) errors.push({ field: 'shiftTypeId', message: 'is not a shift type of this department' });
    else if (typeLocation !== values.locationId && !errors.some((e) => e.field === 'locationId')) errors.push({ field: 'locationId', message: 'is not the location this shift type is worked at' });
    if (errors.length > 0) throw unprocessable(errors);
  }
}
