import { useQuery } from '@tanstack/react-query';
import { fetchKpiSummary } from '../api/kpi-api';
import { kpiQueryKeys } from '../api/kpi-query-keys';
import { type KpiFilters } from '../api/types';

/** Every KPI's latest value and icons for the filters: the one request the dashboard's first paint waits for. */
export function useKpiSummary(filters: KpiFilters) {
  return useQuery({ queryKey: kpiQueryKeys.summary(filters), queryFn: ({ signal }) => fetchKpiSummary(filters, signal) });
}
