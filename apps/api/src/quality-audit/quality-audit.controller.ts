import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  amendAuditSchema,
  createActionSchema,
  createAuditSchema,
  createStandardSchema,
  createTemplateSchema,
  listActionsQuery,
  qualityDepartmentQuery,
  reviseTemplateSchema,
  saveAnswersSchema,
  submitAuditSchema,
  updateActionSchema,
  updateStandardSchema,
  type ActionDto,
  type AmendAuditDto,
  type AuditDto,
  type AuditSummaryDto,
  type CreateActionDto,
  type CreateAuditDto,
  type CreateStandardDto,
  type CreateTemplateDto,
  type ListActionsQuery,
  type ProgrammeEntryDto,
  type QualityDepartmentQuery,
  type ReviseTemplateDto,
  type SaveAnswersDto,
  type StandardDto,
  type SubmitAuditDto,
  type TemplateDto,
  type TemplateTrendDto,
  type UpdateActionDto,
  type UpdateStandardDto,
} from '@recordroom/contracts';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiZodBody, ApiZodQuery } from '../http/openapi-schema.js';
import { UuidParam } from '../http/uuid-param.pipe.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { QualityAuditService } from './quality-audit.service.js';

const READERS = ['admin', 'manager', 'officer', 'senior'] as const;
const LIBRARIANS = ['admin', 'manager'] as const;
const AUDITORS = ['admin', 'manager', 'officer'] as const;

/** Records-quality audits (docs/api/quality-audits.md); the audit trail is /api/audit-events. */
@ApiTags('quality-audits')
@Controller('quality-audits')
export class QualityAuditController {
  constructor(private readonly audits: QualityAuditService) {}

  @Get('standards')
  @Roles(...READERS)
  @ApiZodQuery(qualityDepartmentQuery)
  listStandards(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(qualityDepartmentQuery)) query: QualityDepartmentQuery): Promise<StandardDto[]> {
    return this.audits.listStandards(user, query.departmentId);
  }

  @Post('standards')
  @Roles(...LIBRARIANS)
  @ApiZodBody(createStandardSchema)
  createStandard(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createStandardSchema)) body: CreateStandardDto): Promise<StandardDto> {
    return this.audits.createStandard(user, body);
  }

  @Patch('standards/:id')
  @Roles(...LIBRARIANS)
  @ApiZodBody(updateStandardSchema)
  updateStandard(@Actor() user: CurrentUser, @Param('id', new UuidParam()) id: string, @Body(new ZodValidationPipe(updateStandardSchema)) body: UpdateStandardDto): Promise<StandardDto> {
    return this.audits.updateStandard(user, id, body);
  }

  @Get('templates')
  @Roles(...READERS)
  @ApiZodQuery(qualityDepartmentQuery)
  listTemplates(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(qualityDepartmentQuery)) query: QualityDepartmentQuery): Promise<TemplateDto[]> {
    return this.audits.listTemplates(user, query.departmentId);
  }

  @Get('templates/:id')
  @Roles(...READERS)
  getTemplate(@Actor() user: CurrentUser, @Param('id', new UuidParam()) id: string): Promise<TemplateDto> {
    return this.audits.getTemplate(user, id);
  }

  @Post('templates')
  @Roles(...LIBRARIANS)
  @ApiZodBody(createTemplateSchema)
  createTemplate(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createTemplateSchema)) body: CreateTemplateDto): Promise<TemplateDto> {
    return this.audits.createTemplate(user, body);
  }

  /** A new revision of the template; audits made on earlier revisions keep theirs. */
  @Post('templates/:id/revisions')
  @Roles(...LIBRARIANS)
  @ApiZodBody(reviseTemplateSchema)
  reviseTemplate(@Actor() user: CurrentUser, @Param('id', new UuidParam()) id: string, @Body(new ZodValidationPipe(reviseTemplateSchema)) body: ReviseTemplateDto): Promise<TemplateDto> {
    return this.audits.reviseTemplate(user, id, body);
  }

  @Get('audits')
  @Roles(...READERS)
  @ApiZodQuery(qualityDepartmentQuery)
  listAudits(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(qualityDepartmentQuery)) query: QualityDepartmentQuery): Promise<AuditSummaryDto[]> {
    return this.audits.listAudits(user, query.departmentId);
  }

  @Get('audits/:id')
  @Roles(...READERS)
  getAudit(@Actor() user: CurrentUser, @Param('id', new UuidParam()) id: string): Promise<AuditDto> {
    return this.audits.getAudit(user, id);
  }

  /** A draft audit with its seeded random sample of the pasted population. */
  @Post('audits')
  @Roles(...AUDITORS)
  @ApiZodBody(createAuditSchema)
  createAudit(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createAuditSchema)) body: CreateAuditDto): Promise<AuditDto> {
    return this.audits.createAudit(user, body);
  }

  /** Saves a draft's answers (all of them, replacing the last save). */
  @Put('audits/:id/answers')
  @Roles(...AUDITORS)
  @ApiZodBody(saveAnswersSchema)
  saveAnswers(@Actor() user: CurrentUser, @Param('id', new UuidParam()) id: string, @Body(new ZodValidationPipe(saveAnswersSchema)) body: SaveAnswersDto): Promise<AuditDto> {
    return this.audits.saveAnswers(user, id, body);
  }

  /** Scores a complete draft and submits it: from then on it is never changed. */
  @Post('audits/:id/submit')
  @HttpCode(200)
  @Roles(...AUDITORS)
  @ApiZodBody(submitAuditSchema)
  submitAudit(@Actor() user: CurrentUser, @Param('id', new UuidParam()) id: string, @Body(new ZodValidationPipe(submitAuditSchema)) body: SubmitAuditDto): Promise<AuditDto> {
    return this.audits.submitAudit(user, id, body);
  }

  /** A new draft version of a submitted audit, to correct it. */
  @Post('audits/:id/amendments')
  @Roles(...AUDITORS)
  @ApiZodBody(amendAuditSchema)
  amendAudit(@Actor() user: CurrentUser, @Param('id', new UuidParam()) id: string, @Body(new ZodValidationPipe(amendAuditSchema)) body: AmendAuditDto): Promise<AuditDto> {
    return this.audits.amendAudit(user, id, body);
  }

  @Get('actions')
  @Roles(...READERS)
  @ApiZodQuery(listActionsQuery)
  listActions(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(listActionsQuery)) query: ListActionsQuery): Promise<ActionDto[]> {
    return this.audits.listActions(user, query);
  }

  @Post('actions')
  @Roles(...AUDITORS)
  @ApiZodBody(createActionSchema)
  createAction(@Actor() user: CurrentUser, @Body(new ZodValidationPipe(createActionSchema)) body: CreateActionDto): Promise<ActionDto> {
    return this.audits.createAction(user, body);
  }

  @Patch('actions/:id')
  @Roles(...AUDITORS)
  @ApiZodBody(updateActionSchema)
  updateAction(@Actor() user: CurrentUser, @Param('id', new UuidParam()) id: string, @Body(new ZodValidationPipe(updateActionSchema)) body: UpdateActionDto): Promise<ActionDto> {
    return this.audits.updateAction(user, id, body);
  }

  @Get('programme')
  @Roles(...READERS)
  @ApiZodQuery(qualityDepartmentQuery)
  programme(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(qualityDepartmentQuery)) query: QualityDepartmentQuery): Promise<ProgrammeEntryDto[]> {
    return this.audits.programme(user, query.departmentId);
  }

  @Get('trends')
  @Roles(...READERS)
  @ApiZodQuery(qualityDepartmentQuery)
  trends(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(qualityDepartmentQuery)) query: QualityDepartmentQuery): Promise<TemplateTrendDto[]> {
    return this.audits.trends(user, query.departmentId);
  }
}
