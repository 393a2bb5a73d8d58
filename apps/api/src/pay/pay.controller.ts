import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Put, Query, Req, StreamableFile, UseFilters } from '@nestjs/common';
import { ApiBody, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  callOutsQuery,
  createCallOutSchema,
  createEstablishmentLineSchema,
  deleteEstablishmentLineQuery,
  exportEstablishmentQuery,
  monthlySpendImportQuery,
  onCallDutySchema,
  payDepartmentQuery,
  putMonthlySpendSchema,
  putPaySettingsSchema,
  updateCallOutSchema,
  updateEstablishmentLineSchema,
  whatIfSchema,
  type CallOutDto,
  type CallOutsQuery,
  type CreateCallOutDto,
  type CreateEstablishmentLineDto,
  type EstablishmentDto,
  type EstablishmentLineDto,
  type ExportEstablishmentQuery,
  type ForecastDto,
  type MonthlySpendDto,
  type MonthlySpendImportQuery,
  type MonthlySpendImportResultDto,
  type OnCallDutyBody,
  type OnCallDutyDto,
  type PayDepartmentQuery,
  type PaySettingsDto,
  type PayTablesDto,
  type PutMonthlySpendDto,
  type PutPaySettingsDto,
  type UpdateCallOutDto,
  type UpdateEstablishmentLineDto,
  type WhatIfDto,
  type WhatIfResultDto,
} from '@recordroom/contracts';
import { type Request } from 'express';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { Consumes } from '../http/consumes.decorator.js';
import { ApiZodBody, ApiZodQuery } from '../http/openapi-schema.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { EstablishmentService } from './establishment.service.js';
import { MonthlySpendService } from './monthly-spend.service.js';
import { PayRulesFilter } from './pay-rules.filter.js';
import { PaySettingsService } from './pay-settings.service.js';
import { PayTablesService } from './pay-tables.service.js';
import { RotaCostService } from './rota-cost.service.js';

const uuid = new UuidParam();
/** Budgets and pay are for the people who hold them (docs/api/pay.md "Who may do what"). */
const READERS = ['admin', 'manager', 'senior'] as const;
const WRITERS = ['admin', 'manager'] as const;

/** Pay tables, settings, the establishment and budget, spend, forecast and what-if, on-call records (docs/api/pay.md). */
@ApiTags('pay')
@UseFilters(PayRulesFilter)
@Controller('pay')
export class PayController {
  constructor(
    private readonly tablesService: PayTablesService,
    private readonly settings: PaySettingsService,
    private readonly establishment: EstablishmentService,
    private readonly spend: MonthlySpendService,
    private readonly rotaCosts: RotaCostService,
  ) {}

  @Get('tables')
  @Roles(...READERS)
  tables(@Actor() user: CurrentUser): Promise<PayTablesDto> {
    return this.tablesService.tables(user);
  }

  @Get('settings')
  @Roles(...READERS)
  getSettings(@Actor() user: CurrentUser): Promise<PaySettingsDto> {
    return this.settings.get(user);
  }

  @Put('settings')
  @Roles('admin')
  @ApiZodBody(putPaySettingsSchema)
  putSettings(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(putPaySettingsSchema)) body: PutPaySettingsDto): Promise<PaySettingsDto> {
    return this.settings.put(user, body);
  }

  @Get('establishment')
  @Roles(...READERS)
  @ApiZodQuery(payDepartmentQuery)
  summary(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(payDepartmentQuery)) query: PayDepartmentQuery): Promise<EstablishmentDto> {
    return this.establishment.summary(user, query);
  }

  @Get('establishment.csv')
  @Roles(...READERS)
  @ApiZodQuery(exportEstablishmentQuery)
  @ApiProduces('text/csv')
  async exportCsv(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(exportEstablishmentQuery)) query: ExportEstablishmentQuery): Promise<StreamableFile> {
    return new StreamableFile(await this.establishment.exportCsv(user, query), { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="establishment.csv"' });
  }

  @Get('establishment-lines')
  @Roles(...READERS)
  @ApiZodQuery(payDepartmentQuery)
  listLines(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(payDepartmentQuery)) query: PayDepartmentQuery): Promise<EstablishmentLineDto[]> {
    return this.establishment.listLines(user, query);
  }

  @Post('establishment-lines')
  @Roles(...WRITERS)
  @ApiZodBody(createEstablishmentLineSchema)
  createLine(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createEstablishmentLineSchema)) body: CreateEstablishmentLineDto): Promise<EstablishmentLineDto> {
    return this.establishment.createLine(user, body);
  }

  @Patch('establishment-lines/:id')
  @Roles(...WRITERS)
  @ApiZodBody(updateEstablishmentLineSchema)
  updateLine(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Body(new ZodValidationPipe(updateEstablishmentLineSchema)) body: UpdateEstablishmentLineDto): Promise<EstablishmentLineDto> {
    return this.establishment.updateLine(user, id, body);
  }

  @Delete('establishment-lines/:id')
  @Roles(...WRITERS)
  @HttpCode(204)
  @ApiZodQuery(deleteEstablishmentLineQuery)
  deleteLine(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Query(new ZodValidationPipe(deleteEstablishmentLineQuery)) query: { version: number }): Promise<void> {
    return this.establishment.deleteLine(user, id, query.version);
  }

  @Get('forecast')
  @Roles(...READERS)
  @ApiZodQuery(payDepartmentQuery)
  forecast(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(payDepartmentQuery)) query: PayDepartmentQuery): Promise<ForecastDto> {
    return this.establishment.forecast(user, query);
  }

  /** Writes nothing: a POST only because the changes are a body. */
  @Post('what-if')
  @HttpCode(200)
  @Roles(...READERS)
  @ApiZodQuery(payDepartmentQuery)
  @ApiZodBody(whatIfSchema)
  whatIf(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(payDepartmentQuery)) query: PayDepartmentQuery, @Body(new ZodValidationPipe(whatIfSchema)) body: WhatIfDto): Promise<WhatIfResultDto> {
    return this.establishment.whatIf(user, query, body);
  }

  @Get('monthly-spend')
  @Roles(...READERS)
  @ApiZodQuery(payDepartmentQuery)
  listSpend(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(payDepartmentQuery)) query: PayDepartmentQuery): Promise<MonthlySpendDto[]> {
    return this.spend.list(user, query);
  }

  @Put('monthly-spend')
  @Roles(...WRITERS)
  @ApiZodBody(putMonthlySpendSchema)
  putSpend(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(putMonthlySpendSchema)) body: PutMonthlySpendDto): Promise<MonthlySpendDto> {
    return this.spend.put(user, body);
  }

  @Post('monthly-spend/import')
  @Roles(...WRITERS)
  @Consumes('text/csv')
  @ApiBody({ schema: { type: 'string', format: 'binary', description: 'The CSV file itself (docs/api/pay.md "Importing monthly spend")' } })
  @ApiZodQuery(monthlySpendImportQuery)
  importSpend(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(monthlySpendImportQuery)) query: MonthlySpendImportQuery, @Req() request: Request, @Headers('content-length') length?: string): Promise<MonthlySpendImportResultDto> {
    return this.spend.importCsv(user, query.departmentId, request, length === undefined || !Number.isFinite(Number(length)) ? null : Number(length));
  }

  @Get('call-outs')
  @Roles(...READERS)
  @ApiZodQuery(callOutsQuery)
  callOuts(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(callOutsQuery)) query: CallOutsQuery): Promise<CallOutDto[]> {
    return this.rotaCosts.callOuts(user, query.periodId);
  }

  @Post('call-outs')
  @Roles(...WRITERS)
  @ApiZodBody(createCallOutSchema)
  createCallOut(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createCallOutSchema)) body: CreateCallOutDto): Promise<CallOutDto> {
    return this.rotaCosts.createCallOut(user, body);
  }

  @Patch('call-outs/:id')
  @Roles(...WRITERS)
  @ApiZodBody(updateCallOutSchema)
  updateCallOut(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Body(new ZodValidationPipe(updateCallOutSchema)) body: UpdateCallOutDto): Promise<CallOutDto> {
    return this.rotaCosts.updateCallOut(user, id, body);
  }

  @Delete('call-outs/:id')
  @Roles(...WRITERS)
  @HttpCode(204)
  @ApiZodQuery(deleteEstablishmentLineQuery)
  deleteCallOut(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Query(new ZodValidationPipe(deleteEstablishmentLineQuery)) query: { version: number }): Promise<void> {
    return this.rotaCosts.deleteCallOut(user, id, query.version);
  }

  @Patch('shift-types/:id/on-call')
  @Roles(...WRITERS)
  @ApiZodBody(onCallDutySchema)
  setOnCall(@Actor() user: CurrentUser, @Param('id', uuid) id: string, @Body(new ZodValidationPipe(onCallDutySchema)) body: OnCallDutyBody): Promise<OnCallDutyDto> {
    return this.rotaCosts.setOnCall(user, id, body);
  }
}
