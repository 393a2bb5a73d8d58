import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { auditQuery, type AuditEventDto, type AuditQuery, type Page } from '@recordroom/contracts';
import { Actor } from '../auth/actor.decorator.js';
import { type CurrentUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiZodQuery } from '../http/openapi-schema.js';
import { ZodValidationPipe } from '../http/zod-validation.pipe.js';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The audit trail, newest first: every change, who made it, before and after. */
  @Get()
  @Roles('admin', 'manager')
  @ApiZodQuery(auditQuery)
  list(@Actor() user: CurrentUser, @Query(new ZodValidationPipe(auditQuery)) query: AuditQuery): Promise<Page<AuditEventDto>> {
    return this.audit.listEvents(user, query);
  }
}
