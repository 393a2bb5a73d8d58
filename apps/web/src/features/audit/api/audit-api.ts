import type { AuditEventDto, Page } from '@recordroom/contracts';
import { apiClient } from '../../../api/api-client';
import { type AuditQuery } from './types';

export const auditQueryKeys = {
  all: ['audit-events'] as const,
  page: (query: AuditQuery) => [...auditQueryKeys.all, query] as const,
};

export function fetchAuditEvents(query: AuditQuery, signal?: AbortSignal): Promise<Page<AuditEventDto>> {
  return apiClient.get<Page<AuditEventDto>>('/audit-events', { query: { ...query }, signal });
}
