import { Body, Controller, Get, HttpCode, Param, Post, Query, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  absenceDecisionSchema,
  cancelAbsenceSchema,
  createAbsenceSchema,
  listAbsencesQuery,
  type AbsenceDecisionDto,
  type AbsenceDto,
  type CreateAbsenceDto,
  type ListAbsencesQuery,
  type Page,
} from '@recordroom/contracts';
import { type LeaveRequestCheck } from '@recordroom/rota';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiZodBody, ApiZodQuery } from '../http/openapi-schema.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { AbsencesService } from './absences.service.js';
import { RotaValidationFilter } from './rota-validation.filter.js';

const id = new UuidParam();

@ApiTags('rota')
@UseFilters(RotaValidationFilter)
@Controller('rota/absences')
export class AbsencesController {
  constructor(private readonly absences: AbsencesService) {}

  @Get()
  @Roles('admin', 'manager', 'officer', 'senior')
  @ApiZodQuery(listAbsencesQuery)
  list(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(listAbsencesQuery)) query: ListAbsencesQuery): Promise<Page<AbsenceDto>> {
    return this.absences.list(user, query);
  }

  @Get(':id/check')
  @Roles('admin', 'manager', 'officer')
  check(@Actor() user: CurrentUser, @Param('id', id) absenceId: string): Promise<LeaveRequestCheck> {
    return this.absences.check(user, absenceId);
  }

  @Post()
  @Roles('admin', 'manager', 'officer', 'staff')
  @ApiZodBody(createAbsenceSchema)
  create(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createAbsenceSchema)) body: CreateAbsenceDto): Promise<AbsenceDto> {
    return this.absences.create(user, body);
  }

  @Post(':id/decision')
  @Roles('admin', 'manager', 'officer')
  @HttpCode(200)
  @ApiZodBody(absenceDecisionSchema)
  decide(@Actor() user: CurrentUser, @Param('id', id) absenceId: string, @Body(new ZodValidationPipe(absenceDecisionSchema)) body: AbsenceDecisionDto): Promise<AbsenceDto> {
    return this.absences.decide(user, absenceId, body);
  }

  @Post(':id/cancel')
  @Roles('admin', 'manager', 'officer', 'staff')
  @HttpCode(200)
  @ApiZodBody(cancelAbsenceSchema)
  cancel(@Actor() user: CurrentUser, @Param('id', id) absenceId: string, @Body(new ZodValidationPipe(cancelAbsenceSchema)) body: { version: number }): Promise<AbsenceDto> {
    return this.absences.cancel(user, absenceId, body.version);
  }
}
