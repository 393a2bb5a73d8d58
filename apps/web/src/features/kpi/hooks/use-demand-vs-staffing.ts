import { useQuery } from '@tanstack/react-query';
import { fetchDemandVsStaffing } from '../api/kpi-api';
import { kpiQueryKeys } from '../api/kpi-query-keys';
import { type KpiFilters } from '../api/types';

export function useDemandVsStaffing(filters: KpiFilters, priority: string) {
  return useQuery({
    queryKey: kpiQueryKeys.demandVsStaffing(filters, priority),
    queryFn: ({ signal }) => fetchDemandVsStaffing(filters, priority, signal),
  });
}
