import { apiClient } from '../../../api/api-client';
import { type AuditEventPage, type AuditQuery } from './types';

export const auditQueryKeys = {
  all: ['audit-events'] as const,
  page: (query: AuditQuery) => [...auditQueryKeys.all, query] as const,
};

export function fetchAuditEvents(query: AuditQuery, signal?: AbortSignal): Promise<AuditEventPage> {
  return apiClient.get<AuditEventPage>('/audit-events', { query: { ...query }, signal });
}
