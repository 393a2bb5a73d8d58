import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  createStaffSchema,
  deleteStaffQuery,
  exportStaffQuery,
  listStaffQuery,
  updateStaffSchema,
  type CreateStaffDto,
  type ExportStaffQuery,
  type ListStaffQuery,
  type Page,
  type StaffMemberDto,
  type StaffSummaryDto,
  type UpdateStaffDto,
} from '@recordroom/contracts';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiZodBody, ApiZodQuery } from '../http/openapi-schema.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { StaffService } from './staff.service.js';
import { Clock } from '../time/clock.js';

const uuid = new UuidParam();

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(
    private readonly staff: StaffService,
    private readonly clock: Clock,
  ) {}

  /** The staff directory in the caller's scope: server-side search, filters, sorting and paging. */
  @Get()
  @Roles('admin', 'manager', 'officer', 'senior')
  @ApiZodQuery(listStaffQuery)
  list(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(listStaffQuery)) query: ListStaffQuery): Promise<Page<StaffMemberDto>> {
    return this.staff.list(user, query);
  }

  @Get('export.csv')
  @Roles('admin', 'manager', 'officer', 'senior')
  @ApiZodQuery(exportStaffQuery)
  @ApiProduces('text/csv')
  exportCsv(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(exportStaffQuery)) query: ExportStaffQuery): StreamableFile {
    return new StreamableFile(this.staff.exportCsv(user, query), {
      type: 'text/csv; charset=utf-8',
      disposition: 'attachment; filename="staff.csv"',
    });
  }

  @Get('summary')
  @Roles('admin', 'manager', 'officer', 'senior')
  summary(@Actor() user: CurrentUser): Promise<StaffSummaryDto> {
    return this.staff.summary(user, this.clock.today());
  }

  @Get(':id')
  @Roles('admin', 'manager', 'officer', 'senior', 'staff')
  get(@Actor() user: CurrentUser, @Param('id', uuid) id: string): Promise<StaffMemberDto> {
    return this.staff.get(user, id);
  }

  @Post()
  @Roles('admin', 'manager')
  @ApiZodBody(createStaffSchema)
  create(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createStaffSchema)) body: CreateStaffDto): Promise<StaffMemberDto> {
    return this.staff.create(user, body, this.clock.today());
  }

  @Patch(':id')
  @Roles('admin', 'manager', 'officer')
  @ApiZodBody(updateStaffSchema)
  update(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Body(new ZodValidationPipe(updateStaffSchema)) body: UpdateStaffDto): Promise<StaffMemberDto> {
    return this.staff.update(user, id, body, this.clock.today());
  }

  @Delete(':id')
  @Roles('admin', 'manager')
  @HttpCode(204)
  @ApiZodQuery(deleteStaffQuery)
  remove(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Query(new ZodValidationPipe(deleteStaffQuery)) query: { version: number }): Promise<void> {
    return this.staff.remove(user, id, query.version);
  }
}
