import { z } from 'zod';
import { pagingQuery } from '../common/paging.js';

export const auditQuery = z.strictObject({
  ...pagingQuery,
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actorId: z.uuid().optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

/** One row of GET /api/audit-events (a Page of them, newest first). */
export interface AuditEventDto {
  id: string;
  /** ISO instant. */
  occurredAt: string;
  actorId: string | null;
  actorName: string;
  /** 'create', 'update', 'delete', 'sign-in', 'sign-out' today; the column is free text, so a reader shows unknown actions as they come. */
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
