import { pagingQuery } from '@recordroom/contracts';
import { z } from 'zod';

export const auditQuery = z.strictObject({
  ...pagingQuery,
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actorId: z.uuid().optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export interface AuditEventDto {
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
