import { Body, Controller, Get, Headers, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { importsQuery, type ImportResultDto, type ImportsQuery, type KpiImportDto } from '@recordroom/contracts';
import { type Request } from 'express';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { Consumes } from '../http/consumes.decorator.js';
import { ApiZodQuery } from '../http/openapi-schema.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { CLINIC_PULL_IMPORT } from './import/clinic-pull-import.js';
import { FILING_BACKLOG_IMPORT } from './import/filing-backlog-import.js';
import { type ImportKind } from './import/import-kind.js';
import { notCsv } from './import/import-problems.js';
import { KpiEventService } from './import/kpi-event.service.js';
import { KpiImportService } from './import/kpi-import.service.js';
import { RECORD_REQUEST_IMPORT } from './import/record-request-import.js';
import { SUBJECT_ACCESS_REQUEST_IMPORT } from './import/subject-access-request-import.js';

const csvBody = { schema: { type: 'string', format: 'binary', description: 'The CSV file itself (docs/api/kpi.md "Import")' } } as const;

/** Streamed CSV imports and single events (docs/api/kpi.md). */
@ApiTags('kpi')
@Controller('kpi')
export class KpiImportController {
  constructor(
    private readonly imports: KpiImportService,
    private readonly events: KpiEventService,
  ) {}

  @Get('imports')
  @Roles('admin', 'manager')
  @ApiZodQuery(importsQuery)
  list(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(importsQuery)) query: ImportsQuery): Promise<KpiImportDto[]> {
    return this.imports.recent(user, query.departmentId);
  }

  @Post('imports/record-requests')
  @Roles('admin', 'manager')
  @Consumes('text/csv')
  @ApiBody(csvBody)
  @ApiZodQuery(importsQuery)
  importRecordRequests(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(importsQuery)) query: ImportsQuery, @Req() request: Request, @Headers('x-file-name') fileName?: string): Promise<ImportResultDto> {
    return this.importCsv(user, RECORD_REQUEST_IMPORT, query, request, fileName);
  }

  @Post('imports/clinic-pulls')
  @Roles('admin', 'manager')
  @Consumes('text/csv')
  @ApiBody(csvBody)
  @ApiZodQuery(importsQuery)
  importClinicPulls(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(importsQuery)) query: ImportsQuery, @Req() request: Request, @Headers('x-file-name') fileName?: string): Promise<ImportResultDto> {
    return this.importCsv(user, CLINIC_PULL_IMPORT, query, request, fileName);
  }

  @Post('imports/filing-backlog')
  @Roles('admin', 'manager')
  @Consumes('text/csv')
  @ApiBody(csvBody)
  @ApiZodQuery(importsQuery)
  importFilingBacklog(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(importsQuery)) query: ImportsQuery, @Req() request: Request, @Headers('x-file-name') fileName?: string): Promise<ImportResultDto> {
    return this.importCsv(user, FILING_BACKLOG_IMPORT, query, request, fileName);
  }

  @Post('imports/subject-access-requests')
  @Roles('admin', 'manager')
  @Consumes('text/csv')
  @ApiBody(csvBody)
  @ApiZodQuery(importsQuery)
  importSubjectAccessRequests(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(importsQuery)) query: ImportsQuery, @Req() request: Request, @Headers('x-file-name') fileName?: string): Promise<ImportResultDto> {
    return this.importCsv(user, SUBJECT_ACCESS_REQUEST_IMPORT, query, request, fileName);
  }

  @Post('events/record-requests')
  @Roles('admin', 'manager', 'officer')
  @ApiZodQuery(importsQuery)
  recordRequest(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(importsQuery)) query: ImportsQuery, @Body() body: unknown): Promise<Record<string, unknown>> {
    return this.events.record(user, RECORD_REQUEST_IMPORT, query.departmentId, body);
  }

  @Post('events/clinic-pulls')
  @Roles('admin', 'manager', 'officer')
  @ApiZodQuery(importsQuery)
  clinicPull(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(importsQuery)) query: ImportsQuery, @Body() body: unknown): Promise<Record<string, unknown>> {
    return this.events.record(user, CLINIC_PULL_IMPORT, query.departmentId, body);
  }

  @Post('events/filing-backlog')
  @Roles('admin', 'manager', 'officer')
  @ApiZodQuery(importsQuery)
  filingBacklog(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(importsQuery)) query: ImportsQuery, @Body() body: unknown): Promise<Record<string, unknown>> {
    return this.events.record(user, FILING_BACKLOG_IMPORT, query.departmentId, body);
  }

  @Post('events/subject-access-requests')
  @Roles('admin', 'manager', 'officer')
  @ApiZodQuery(importsQuery)
  subjectAccessRequest(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(importsQuery)) query: ImportsQuery, @Body() body: unknown): Promise<Record<string, unknown>> {
    return this.events.record(user, SUBJECT_ACCESS_REQUEST_IMPORT, query.departmentId, body);
  }

  private importCsv<T>(user: CurrentUser, kind: ImportKind<T>, query: ImportsQuery, request: Request, fileName: string | undefined): Promise<ImportResultDto> {
    const contentType = request.headers['content-type'];
    if (!/^text\/csv\b/i.test(contentType ?? '')) throw notCsv(contentType);
    const length = Number(request.headers['content-length']);
    return this.imports.importCsv(user, kind, query.departmentId, request, {
      // Control characters never reach the audit trail; a file name is a label, kept short.
      fileName: fileName === undefined ? null : fileName.replace(/[\p{Cc}]/gu, '').slice(0, 255) || null,
      contentLength: Number.isFinite(length) ? length : null,
    });
  }
}
