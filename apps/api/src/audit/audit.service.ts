import { Injectable } from '@nestjs/common';
import { type AuditEventDto, type AuditQuery, type Page } from '@recordroom/contracts';
import { type CurrentUser } from '../auth/current-user.js';
import { forbidden } from '../http/problem.js';
import { AuditEventRepository } from './audit-event.repository.js';

@Injectable()
export class AuditService {
  constructor(private readonly events: AuditEventRepository) {}

  /** Admins read the organisation's trail; managers their department's. */
  async listEvents(user: CurrentUser, query: AuditQuery): Promise<Page<AuditEventDto>> {
    if (user.role === 'manager' && !user.departmentId) throw forbidden('Your account is not linked to a department.');
    const page = await this.events.findAuditEventsPage({
      organisationId: user.organisationId,
      departmentId: user.role === 'manager' ? (user.departmentId ?? undefined) : undefined,
      entityType: query.entityType,
      entityId: query.entityId,
      actorAccountId: query.actorId,
      page: query.page,
      pageSize: query.pageSize,
    });
    return {
      ...page,
      items: page.items.map((e) => ({
        id: e.id,
        occurredAt: e.occurredAt.toISOString(),
        actorId: e.actorAccountId,
        actorName: e.actorName,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        before: e.before as Record<string, unknown> | null,
        after: e.after as Record<string, unknown> | null,
      })),
    };
  }
}
