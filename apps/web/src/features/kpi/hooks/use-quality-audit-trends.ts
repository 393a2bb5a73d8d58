import type { TemplateTrendDto } from '@recordroom/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../api/api-client';

/** Compliance of each audit template across its cycles, for the summary's audit-compliance rows; the department filter's, or the organisation's. */
export function useQualityAuditTrends(departmentId: string) {
  return useQuery({
    queryKey: ['quality-audits', 'trends', departmentId],
    queryFn: ({ signal }) => apiClient.get<TemplateTrendDto[]>('/quality-audits/trends', { query: { departmentId: departmentId || undefined }, signal }),
  });
}
