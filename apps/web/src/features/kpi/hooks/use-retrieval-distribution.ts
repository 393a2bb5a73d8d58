import { useQuery } from '@tanstack/react-query';
import { fetchRetrievalDistribution } from '../api/kpi-api';
import { kpiQueryKeys } from '../api/kpi-query-keys';
import { type KpiFilters } from '../api/types';

export function useRetrievalDistribution(filters: KpiFilters) {
  return useQuery({ queryKey: kpiQueryKeys.retrievalDistribution(filters), queryFn: ({ signal }) => fetchRetrievalDistribution(filters, signal) });
}
