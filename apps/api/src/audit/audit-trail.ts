import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type CurrentUser } from '../auth/current-user.js';
import { AuditEventEntity } from './audit-event.entity.js';

/** 'read': a view of a record whose every read is kept (someone's sickness, docs/line-management.md). */
type AuditAction = 'create' | 'update' | 'delete' | 'read' | 'sign-in' | 'sign-out';

export interface AuditedChange {
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** Department of the changed record; null for organisation-wide records such as accounts of seniors. */
  departmentId: string | null;
  before: object | null;
  after: object | null;
}

/**
 * Writes the audit-trail row of a change through the change's own EntityManager, so the row and
 * the change commit or roll back together. Call it inside the transaction, never after.
 */
@Injectable()
export class AuditTrail {
  async record(em: EntityManager, actor: Pick<CurrentUser, 'accountId' | 'displayName' | 'organisationId'>, change: AuditedChange): Promise<void> {
    await this.recordAll(em, actor, [change]);
  }

  /** The rows of many changes made together (a solve accepted, an import), inserted 500 at a time. */
  async recordAll(em: EntityManager, actor: Pick<CurrentUser, 'accountId' | 'displayName' | 'organisationId'>, changes: readonly AuditedChange[]): Promise<void> {
    const events = changes.map((change) =>
      Object.assign(new AuditEventEntity(), {
        organisationId: actor.organisationId,
        departmentId: change.departmentId,
        actorAccountId: actor.accountId,
        actorName: actor.displayName,
        action: change.action,
        entityType: change.entityType,
        entityId: change.entityId,
        before: change.before === null ? null : toJson(change.before),
        after: change.after === null ? null : toJson(change.after),
      }),
    );
    for (let i = 0; i < events.length; i += 500) await em.insert(AuditEventEntity, events.slice(i, i + 500));
  }
}

/** A plain JSON copy: dates become ISO strings, relations and functions are dropped. */
function toJson(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
