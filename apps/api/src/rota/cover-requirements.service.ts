import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CoverRequirementDto, type CreateCoverRequirementDto, type UpdateCoverRequirementDto } from '@recordroom/contracts';
import { validateCoverRequirement, type IsoWeekday } from '@recordroom/rota';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { notFound, staleVersion, unprocessable, type FieldError } from '../http/problem.js';
import { LocationEntity } from '../organisation/location.entity.js';
import { CoverRequirementEntity } from './entities/cover-requirement.entity.js';
import { ShiftTypeEntity } from './entities/shift-type.entity.js';
import { RotaAccess } from './rota-access.js';
import { coverAuditSnapshot, toCoverRequirementDto } from './rota.mapper.js';

type CoverValues = Pick<CoverRequirementEntity, 'locationId' | 'shiftTypeId' | 'weekday' | 'date' | 'minimum' | 'ideal' | 'skillMix'>;

/** Cover requirements: location x shift type x weekday (or date), minimum and ideal head count. */
@Injectable()
export class CoverRequirementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RotaAccess,
    private readonly audit: AuditTrail,
  ) {}

  async list(user: CurrentUser, departmentId: string | undefined): Promise<CoverRequirementDto[]> {
    const department = await this.access.department(user, departmentId);
    const rows = await this.dataSource.getRepository(CoverRequirementEntity).find({
      where: { organisationId: user.organisationId, departmentId: department },
      order: { shiftTypeId: 'ASC', weekday: 'ASC', date: 'ASC' },
    });
    return rows.map(toCoverRequirementDto);
  }

  async create(user: CurrentUser, body: CreateCoverRequirementDto): Promise<CoverRequirementDto> {
    return this.dataSource.transaction(async (em) => {
      const departmentId = await this.access.department(user, body.departmentId, em);
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
      const { identifiers } = await em.insert(CoverRequirementEntity, { ...values, organisationId: user.organisationId, departmentId });
      const created = await em.getRepository(CoverRequirementEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
      await this.audit.record(em, user, { action: 'create', entityType: 'cover-requirement', entityId: created.id, departmentId, before: null, after: coverAuditSnapshot(created) });
      return toCoverRequirementDto(created);
    });
  }

  async update(user: CurrentUser, id: string, body: UpdateCoverRequirementDto): Promise<CoverRequirementDto> {
    return this.dataSource.transaction(async (em) => {
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
      await em.update(CoverRequirementEntity, { id }, { ...next, version: () => 'version + 1', updatedAt: () => 'now()' });
      const updated = await em.getRepository(CoverRequirementEntity).findOneByOrFail({ id });
      await this.audit.record(em, user, { action: 'update', entityType: 'cover-requirement', entityId: id, departmentId: current.departmentId, before: coverAuditSnapshot(current), after: coverAuditSnapshot(updated) });
      return toCoverRequirementDto(updated);
    });
  }

  async remove(user: CurrentUser, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const current = await this.lock(em, user, id, version);
      await em.delete(CoverRequirementEntity, { id });
      await this.audit.record(em, user, { action: 'delete', entityType: 'cover-requirement', entityId: id, departmentId: current.departmentId, before: coverAuditSnapshot(current), after: null });
    });
  }

  private async lock(em: EntityManager, user: CurrentUser, id: string, version: number): Promise<CoverRequirementEntity> {
    const current = await em.getRepository(CoverRequirementEntity).findOne({ where: { id, organisationId: user.organisationId }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw notFound('cover requirement');
    await this.access.department(user, current.departmentId, em).catch(() => {
      throw notFound('cover requirement');
    });
    if (current.version !== version) throw staleVersion('cover requirement', version, current.version);
    return current;
  }

  private async checkRules(em: EntityManager, organisationId: string, departmentId: string, values: CoverValues): Promise<void> {
    const appliesTo = values.date !== null ? { date: values.date } : { weekday: (values.weekday ?? 0) as IsoWeekday };
    const errors: FieldError[] = validateCoverRequirement({ id: 'cover', ...values, appliesTo, skillMix: values.skillMix as never }).filter((e) => e.field !== 'id');
    const location = await em.getRepository(LocationEntity).findOneBy({ id: values.locationId, organisationId });
    if (!location || location.departmentId !== departmentId) errors.push({ field: 'locationId', message: 'is not a location of this department' });
    const type = await em.getRepository(ShiftTypeEntity).findOneBy({ id: values.shiftTypeId, organisationId });
    if (!type || type.departmentId !== departmentId) errors.push({ field: 'shiftTypeId', message: 'is not a shift type of this department' });
    if (errors.length > 0) throw unprocessable(errors);
  }
}
