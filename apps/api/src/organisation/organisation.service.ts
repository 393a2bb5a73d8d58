import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CreateDepartmentDto,
  type CreateLocationDto,
  type CreateTeamDto,
  type DepartmentDto,
  type LocationDto,
  type OrganisationDto,
  type TeamDto,
  type UpdateDepartmentDto,
  type UpdateLocationDto,
  type UpdateTeamDto,
} from '@recordroom/contracts';
import { DataSource, type EntityManager, type EntityTarget } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { forbidden, notFound, staleVersion, unprocessable } from '../http/problem.js';
import { ScopeService } from '../scope/scope.service.js';
import { DepartmentEntity } from './department.entity.js';
import { LocationEntity } from './location.entity.js';
import { OrganisationRepository, type StructureEntity } from './organisation.repository.js';
import { TeamEntity } from './team.entity.js';

interface UnitKind<T extends StructureEntity> {
  target: EntityTarget<T>;
  entityType: 'department' | 'team' | 'location';
  departmentOf: (unit: T) => string;
}

const DEPARTMENT: UnitKind<DepartmentEntity> = { target: DepartmentEntity, entityType: 'department', departmentOf: (d) => d.id };
const TEAM: UnitKind<TeamEntity> = { target: TeamEntity, entityType: 'team', departmentOf: (t) => t.departmentId };
const LOCATION: UnitKind<LocationEntity> = { target: LocationEntity, entityType: 'location', departmentOf: (l) => l.departmentId };

/**
 * The organisation's structure: departments (admins), teams and locations (admins, and managers
 * in their own department). Every change is versioned and audited in its transaction.
 */
@Injectable()
export class OrganisationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationRepository,
    private readonly scope: ScopeService,
    private readonly audit: AuditTrail,
  ) {}

  async describe(user: CurrentUser): Promise<OrganisationDto> {
    const organisation = await this.organisations.findOrganisation(user.organisationId);
    if (!organisation) throw notFound('organisation');
    const { departments, teams, locations } = await this.organisations.findStructure(user.organisationId);
    return {
      id: organisation.id,
      name: organisation.name,
      odsCode: organisation.odsCode,
      departments: departments.map(toDepartmentDto),
      teams: teams.map(toTeamDto),
      locations: locations.map(toLocationDto),
    };
  }

  createDepartment(user: CurrentUser, input: CreateDepartmentDto): Promise<DepartmentDto> {
    return this.create(user, DEPARTMENT, { ...input, organisationId: user.organisationId }, toDepartmentDto);
  }

  updateDepartment(user: CurrentUser, id: string, input: UpdateDepartmentDto): Promise<DepartmentDto> {
    return this.update(user, DEPARTMENT, id, input, toDepartmentDto);
  }

  deleteDepartment(user: CurrentUser, id: string, version: number): Promise<void> {
    return this.remove(user, DEPARTMENT, id, version, async (em) => {
      const members = await this.organisations.countDepartmentMembers(em, id);
      if (members > 0) throw unprocessable([{ field: 'id', message: `still holds ${members} staff, teams or locations; move them first` }]);
    });
  }

  async createTeam(user: CurrentUser, input: CreateTeamDto): Promise<TeamDto> {
    const departmentId = this.departmentFor(user, input.departmentId);
    return this.create(user, TEAM, { ...input, departmentId, organisationId: user.organisationId }, toTeamDto, (em) =>
      this.checkLead(em, user, input.leadStaffId),
    );
  }

  updateTeam(user: CurrentUser, id: string, input: UpdateTeamDto): Promise<TeamDto> {
    return this.update(user, TEAM, id, input, toTeamDto, (em) => this.checkLead(em, user, input.leadStaffId ?? null));
  }

  deleteTeam(user: CurrentUser, id: string, version: number): Promise<void> {
    return this.remove(user, TEAM, id, version);
  }

  createLocation(user: CurrentUser, input: CreateLocationDto): Promise<LocationDto> {
    const departmentId = this.departmentFor(user, input.departmentId);
    return this.create(user, LOCATION, { ...input, departmentId, organisationId: user.organisationId }, toLocationDto);
  }

  updateLocation(user: CurrentUser, id: string, input: UpdateLocationDto): Promise<LocationDto> {
    return this.update(user, LOCATION, id, input, toLocationDto);
  }

  deleteLocation(user: CurrentUser, id: string, version: number): Promise<void> {
    return this.remove(user, LOCATION, id, version);
  }

  /** Admins name a department; managers work in their own. */
  private departmentFor(user: CurrentUser, requested: string | undefined): string {
    if (user.role === 'manager') {
      if (requested && requested !== user.departmentId) throw forbidden('Managers can only change their own department.');
      if (!user.departmentId) throw forbidden('Your manager account is not linked to a department.');
      return user.departmentId;
    }
    if (!requested) throw unprocessable([{ field: 'departmentId', message: 'is required' }]);
    return requested;
  }

  /** A team lead is someone whose record the user may read (a manager: their department), refused as an unknown id is otherwise. */
  private async checkLead(em: EntityManager, user: CurrentUser, leadStaffId: string | null): Promise<void> {
    if (leadStaffId && !(await this.scope.mayReadStaffMember(user, leadStaffId, em))) {
      throw unprocessable([{ field: 'leadStaffId', message: `must be a staff member of ${this.scope.reachInWords(user)}` }]);
    }
  }

  private create<T extends StructureEntity, D>(
    user: CurrentUser,
    kind: UnitKind<T>,
    values: Partial<T>,
    toDto: (unit: T) => D,
    check?: (em: EntityManager) => Promise<void>,
  ): Promise<D> {
    return this.dataSource.transaction(async (em) => {
      const departmentId = (values as { departmentId?: string }).departmentId;
      if (departmentId && !(await this.organisations.findDepartment(em, user.organisationId, departmentId))) {
        throw unprocessable([{ field: 'departmentId', message: 'is not a department of your organisation' }]);
      }
      await check?.(em);
      const created = await this.organisations.insertUnit(em, kind.target, values);
      await this.audit.record(em, user, { action: 'create', entityType: kind.entityType, entityId: created.id, departmentId: kind.departmentOf(created), before: null, after: created });
      return toDto(created);
    });
  }

  private update<T extends StructureEntity, D>(
    user: CurrentUser,
    kind: UnitKind<T>,
    id: string,
    input: { version: number } & Partial<T>,
    toDto: (unit: T) => D,
    check?: (em: EntityManager) => Promise<void>,
  ): Promise<D> {
    const { version, ...changes } = input;
    return this.dataSource.transaction(async (em) => {
      const current = await this.lockInScope(em, user, kind, id);
      if (current.version !== version) throw staleVersion(kind.entityType, version, current.version);
      await check?.(em);
      const updated = await this.organisations.updateUnit(em, kind.target, id, changes as Partial<T>);
      await this.audit.record(em, user, { action: 'update', entityType: kind.entityType, entityId: id, departmentId: kind.departmentOf(updated), before: current, after: updated });
      return toDto(updated);
    });
  }

  private remove<T extends StructureEntity>(user: CurrentUser, kind: UnitKind<T>, id: string, version: number, check?: (em: EntityManager) => Promise<void>): Promise<void> {
    return this.dataSource.transaction(async (em) => {
      const current = await this.lockInScope(em, user, kind, id);
      if (current.version !== version) throw staleVersion(kind.entityType, version, current.version);
      await check?.(em);
      await this.organisations.deleteUnit(em, kind.target, id);
      await this.audit.record(em, user, { action: 'delete', entityType: kind.entityType, entityId: id, departmentId: kind.departmentOf(current), before: current, after: null });
    });
  }

  private async lockInScope<T extends StructureEntity>(em: EntityManager, user: CurrentUser, kind: UnitKind<T>, id: string): Promise<T> {
    const unit = await this.organisations.lockUnit(em, kind.target, user.organisationId, id);
    if (!unit) throw notFound(kind.entityType);
    if (user.role === 'manager' && kind.departmentOf(unit) !== user.departmentId) throw notFound(kind.entityType);
    return unit;
  }
}

function toDepartmentDto(d: DepartmentEntity): DepartmentDto {
  return { id: d.id, name: d.name, costCentre: d.costCentre, version: d.version };
}

function toTeamDto(t: TeamEntity): TeamDto {
  return { id: t.id, name: t.name, departmentId: t.departmentId, leadStaffId: t.leadStaffId, version: t.version };
}

function toLocationDto(l: LocationEntity): LocationDto {
  return { id: l.id, name: l.name, kind: l.kind, departmentId: l.departmentId, version: l.version };
}
