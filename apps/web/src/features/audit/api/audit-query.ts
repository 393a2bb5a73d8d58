import { type AuditQuery } from './types';

const DEFAULT_AUDIT_QUERY: AuditQuery = { page: 1, pageSize: 25, entityType: '', entityId: '' };

export function parseAuditQuery(params: URLSearchParams): AuditQuery {
  const page = Number(params.get('page'));
  return {
    ...DEFAULT_AUDIT_QUERY,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    entityType: params.get('entityType') ?? '',
    entityId: params.get('entityId') ?? '',
  };
}

export function auditQueryToParams(query: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.entityType) params.set('entityType', query.entityType);
  if (query.entityId) params.set('entityId', query.entityId);
  return params;
}
