/** What happened. The API may add actions; unknown ones are shown as they come. */
type AuditAction = 'create' | 'update' | 'delete' | 'sign-in' | (string & {});

/** One row of GET /api/audit-events. */
export interface AuditEvent {
  id: string;
  /** ISO instant. */
  occurredAt: string;
  actorId: string | null;
  actorName: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditEventPage {
  items: AuditEvent[];
  page: number;
  pageSize: number;
  total: number;
}

/** The audit trail's view, kept in the address bar. */
export interface AuditQuery {
  page: number;
  pageSize: number;
  entityType: string;
  entityId: string;
}
