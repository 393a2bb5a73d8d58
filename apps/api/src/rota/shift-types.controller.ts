import { Body, Controller, Get, Param, Patch, Post, Query, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createShiftTypeSchema, departmentQuery, updateShiftTypeSchema, type CreateShiftTypeDto, type DepartmentQuery, type ShiftTypeDto, type UpdateShiftTypeDto } from '@recordroom/contracts';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiZodBody, ApiZodQuery } from '../http/openapi-schema.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { ShiftTypesService } from './shift-types.service.js';
import { RotaValidationFilter } from './rota-validation.filter.js';

@ApiTags('rota')
@UseFilters(RotaValidationFilter)
@Controller('rota/shift-types')
export class ShiftTypesController {
  constructor(private readonly shiftTypes: ShiftTypesService) {}

  @Get()
  @Roles('admin', 'manager', 'officer', 'senior')
  @ApiZodQuery(departmentQuery)
  list(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(departmentQuery)) query: DepartmentQuery): Promise<ShiftTypeDto[]> {
    return this.shiftTypes.list(user, query.departmentId);
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiZodBody(createShiftTypeSchema)
  create(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createShiftTypeSchema)) body: CreateShiftTypeDto): Promise<ShiftTypeDto> {
    return this.shiftTypes.create(user, body);
  }

  @Patch(':id')
  @Roles('admin', 'manager')
  @ApiZodBody(updateShiftTypeSchema)
  update(@Actor() user: CurrentUser, @Param('id', new UuidParam()) id: string, @Body(new ZodValidationPipe(updateShiftTypeSchema)) body: UpdateShiftTypeDto): Promise<ShiftTypeDto> {
    return this.shiftTypes.update(user, id, body);
  }
}
