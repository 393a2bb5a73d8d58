import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditQueryKeys, fetchAuditEvents } from '../api/audit-api';
import { type AuditQuery } from '../api/types';

export function useAuditEvents(query: AuditQuery) {
  return useQuery({
    queryKey: auditQueryKeys.page(query),
    queryFn: ({ signal }) => fetchAuditEvents(query, signal),
    placeholderData: keepPreviousData,
  });
}
