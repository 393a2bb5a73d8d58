// The API's audit event and page shapes come from @recordroom/contracts; only the trail's own view state is here.

/** The audit trail's view, kept in the address bar. */
export interface AuditQuery {
  page: number;
  pageSize: number;
  entityType: string;
  entityId: string;
}
