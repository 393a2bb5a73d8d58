import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createAssignmentSchema,
  createPeriodSchema,
  createShiftSchema,
  deleteAssignmentQuery,
  departmentQuery,
  finalisePeriodSchema,
  publishPeriodSchema,
  reopenPeriodSchema,
  type AssignmentWriteDto,
  type CreateAssignmentDto,
  type CreatePeriodDto,
  type CreateShiftDto,
  type DeleteAssignmentQuery,
  type DepartmentQuery,
  type PlannerDto,
  type RotaPeriodDto,
  type ShiftDto,
} from '@recordroom/contracts';
import { type CoverCandidates } from '@recordroom/rota';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiZodBody, ApiZodQuery } from '../http/openapi-schema.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { AssignmentsService } from './assignments.service.js';
import { PeriodsService } from './periods.service.js';
import { PlannerService } from './planner.service.js';
import { RotaValidationFilter } from './rota-validation.filter.js';

const id = new UuidParam();

@ApiTags('rota')
@UseFilters(RotaValidationFilter)
@Controller('rota/periods')
export class PeriodsController {
  constructor(
    private readonly periods: PeriodsService,
    private readonly planner: PlannerService,
    private readonly assignments: AssignmentsService,
  ) {}

  @Get()
  @Roles('admin', 'manager', 'officer', 'senior')
  @ApiZodQuery(departmentQuery)
  list(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(departmentQuery)) query: DepartmentQuery): Promise<RotaPeriodDto[]> {
    return this.periods.list(user, query.departmentId);
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiZodBody(createPeriodSchema)
  create(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createPeriodSchema)) body: CreatePeriodDto): Promise<RotaPeriodDto> {
    return this.periods.create(user, body);
  }

  @Get(':id/planner')
  @Roles('admin', 'manager', 'officer', 'senior')
  getPlanner(@Actor() user: CurrentUser, @Param('id', id) periodId: string): Promise<PlannerDto> {
    return this.planner.planner(user, periodId);
  }

  @Get(':id/shifts/:shiftId/candidates')
  @Roles('admin', 'manager', 'officer')
  candidates(@Actor() user: CurrentUser, @Param('id', id) periodId: string, @Param('shiftId', new UuidParam('shiftId')) shiftId: string): Promise<CoverCandidates> {
    return this.planner.candidates(user, periodId, shiftId);
  }

  @Post(':id/shifts')
  @Roles('admin', 'manager')
  @ApiZodBody(createShiftSchema)
  addShift(@Actor() user: CurrentUser, @Param('id', id) periodId: string, @Body(new ZodValidationPipe(createShiftSchema)) body: CreateShiftDto): Promise<ShiftDto> {
    return this.periods.addShift(user, periodId, body);
  }

  @Post(':id/assignments')
  @Roles('admin', 'manager', 'officer')
  @ApiZodBody(createAssignmentSchema)
  assign(@Actor() user: CurrentUser, @Param('id', id) periodId: string, @Body(new ZodValidationPipe(createAssignmentSchema)) body: CreateAssignmentDto): Promise<AssignmentWriteDto> {
    return this.assignments.add(user, periodId, body);
  }

  @Delete(':id/assignments/:assignmentId')
  @Roles('admin', 'manager', 'officer')
  @HttpCode(200)
  @ApiZodQuery(deleteAssignmentQuery)
  unassign(
    @Actor() user: CurrentUser,
    @Param('id', id) periodId: string,
    @Param('assignmentId', new UuidParam('assignmentId')) assignmentId: string,
    @Query(new ZodValidationPipe(deleteAssignmentQuery)) query: DeleteAssignmentQuery,
  ): Promise<{ periodVersion: number }> {
    return this.assignments.remove(user, periodId, assignmentId, query);
  }

  @Post(':id/publish')
  @Roles('admin', 'manager')
  @HttpCode(200)
  @ApiZodBody(publishPeriodSchema)
  publish(@Actor() user: CurrentUser, @Param('id', id) periodId: string, @Body(new ZodValidationPipe(publishPeriodSchema)) body: { version: number }): Promise<RotaPeriodDto> {
    return this.periods.publish(user, periodId, body.version);
  }

  @Post(':id/reopen')
  @Roles('admin', 'manager')
  @HttpCode(200)
  @ApiZodBody(reopenPeriodSchema)
  reopen(@Actor() user: CurrentUser, @Param('id', id) periodId: string, @Body(new ZodValidationPipe(reopenPeriodSchema)) body: { version: number; reason: string }): Promise<RotaPeriodDto> {
    return this.periods.reopen(user, periodId, body.version, body.reason);
  }

  @Post(':id/finalise')
  @Roles('admin', 'manager')
  @HttpCode(200)
  @ApiZodBody(finalisePeriodSchema)
  finalise(@Actor() user: CurrentUser, @Param('id', id) periodId: string, @Body(new ZodValidationPipe(finalisePeriodSchema)) body: { version: number }): Promise<RotaPeriodDto> {
    return this.periods.finalise(user, periodId, body.version);
  }
}
