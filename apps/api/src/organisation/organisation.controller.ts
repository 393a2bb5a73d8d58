import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createDepartmentSchema,
  createLocationSchema,
  createTeamSchema,
  updateDepartmentSchema,
  updateLocationSchema,
  updateTeamSchema,
  versionQuery,
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
import { ROLES } from '@recordroom/people';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiZodBody, ApiZodQuery } from '../http/openapi-schema.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { OrganisationService } from './organisation.service.js';

const uuid = new UuidParam();
const version = new ZodValidationPipe(versionQuery);

@ApiTags('organisation')
@Controller()
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  /** The caller's organisation with its departments, teams and locations. */
  @Get('organisation')
  @Roles(...ROLES)
  describe(@Actor() user: CurrentUser): Promise<OrganisationDto> {
    return this.organisation.describe(user);
  }

  @Post('departments')
  @Roles('admin')
  @ApiZodBody(createDepartmentSchema)
  createDepartment(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createDepartmentSchema)) body: CreateDepartmentDto): Promise<DepartmentDto> {
    return this.organisation.createDepartment(user, body);
  }

  @Patch('departments/:id')
  @Roles('admin')
  @ApiZodBody(updateDepartmentSchema)
  updateDepartment(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Body(new ZodValidationPipe(updateDepartmentSchema)) body: UpdateDepartmentDto): Promise<DepartmentDto> {
    return this.organisation.updateDepartment(user, id, body);
  }

  @Delete('departments/:id')
  @Roles('admin')
  @HttpCode(204)
  @ApiZodQuery(versionQuery)
  deleteDepartment(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Query(version) query: { version: number }): Promise<void> {
    return this.organisation.deleteDepartment(user, id, query.version);
  }

  @Post('teams')
  @Roles('admin', 'manager')
  @ApiZodBody(createTeamSchema)
  createTeam(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createTeamSchema)) body: CreateTeamDto): Promise<TeamDto> {
    return this.organisation.createTeam(user, body);
  }

  @Patch('teams/:id')
  @Roles('admin', 'manager')
  @ApiZodBody(updateTeamSchema)
  updateTeam(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Body(new ZodValidationPipe(updateTeamSchema)) body: UpdateTeamDto): Promise<TeamDto> {
    return this.organisation.updateTeam(user, id, body);
  }

  @Delete('teams/:id')
  @Roles('admin', 'manager')
  @HttpCode(204)
  @ApiZodQuery(versionQuery)
  deleteTeam(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Query(version) query: { version: number }): Promise<void> {
    return this.organisation.deleteTeam(user, id, query.version);
  }

  @Post('locations')
  @Roles('admin', 'manager')
  @ApiZodBody(createLocationSchema)
  createLocation(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createLocationSchema)) body: CreateLocationDto): Promise<LocationDto> {
    return this.organisation.createLocation(user, body);
  }

  @Patch('locations/:id')
  @Roles('admin', 'manager')
  @ApiZodBody(updateLocationSchema)
  updateLocation(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Body(new ZodValidationPipe(updateLocationSchema)) body: UpdateLocationDto): Promise<LocationDto> {
    return this.organisation.updateLocation(user, id, body);
  }

  @Delete('locations/:id')
  @Roles('admin', 'manager')
  @HttpCode(204)
  @ApiZodQuery(versionQuery)
  deleteLocation(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Query(version) query: { version: number }): Promise<void> {
    return this.organisation.deleteLocation(user, id, query.version);
  }
}
