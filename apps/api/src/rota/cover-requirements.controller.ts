import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createCoverRequirementSchema,
  deleteCoverRequirementQuery,
  departmentQuery,
  updateCoverRequirementSchema,
  type CoverRequirementDto,
  type CreateCoverRequirementDto,
  type DepartmentQuery,
  type UpdateCoverRequirementDto,
} from '@recordroom/contracts';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiZodBody, ApiZodQuery } from '../http/openapi-schema.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { CoverRequirementsService } from './cover-requirements.service.js';
import { RotaValidationFilter } from './rota-validation.filter.js';

@ApiTags('rota')
@UseFilters(RotaValidationFilter)
@Controller('rota/cover-requirements')
export class CoverRequirementsController {
  constructor(private readonly cover: CoverRequirementsService) {}

  @Get()
  @Roles('admin', 'manager', 'officer', 'senior')
  @ApiZodQuery(departmentQuery)
  list(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(departmentQuery)) query: DepartmentQuery): Promise<CoverRequirementDto[]> {
    return this.cover.list(user, query.departmentId);
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiZodBody(createCoverRequirementSchema)
  create(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createCoverRequirementSchema)) body: CreateCoverRequirementDto): Promise<CoverRequirementDto> {
    return this.cover.create(user, body);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiZodBody(updateCoverRequirementSchema)
  update(@Actor() user: CurrentUser, @Param('id', new UuidParam()) id: string, @Body(new ZodValidationPipe(updateCoverRequirementSchema)) body: UpdateCoverRequirementDto): Promise<CoverRequirementDto> {
    return this.cover.update(user, id, body);
  }

  @Delete(':id')
  @Roles('admin', 'manager')
  @HttpCode(204)
  @ApiZodQuery(deleteCoverRequirementQuery)
  remove(@Actor() user: CurrentUser, @Param('id', new UuidParam()) id: string, @Query(new ZodValidationPipe(deleteCoverRequirementQuery)) query: { version: number }): Promise<void> {
    return this.cover.remove(user, id, query.version);
  }
}
