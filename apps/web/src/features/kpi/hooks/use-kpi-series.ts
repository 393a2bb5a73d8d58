import { useQuery } from '@tanstack/react-query';
import { fetchKpiSeries } from '../api/kpi-api';
import { kpiQueryKeys } from '../api/kpi-query-keys';
import { type KpiFilters } from '../api/types';

/** One KPI's SPC chart; `enabled` is false until the chart is near the screen (or printing). */
export function useKpiSeries(kpiId: string, facet: string | null, filters: KpiFilters, rebaseAt: readonly string[], enabled: boolean) {
  return useQuery({
    queryKey: kpiQueryKeys.series(kpiId, facet, filters, rebaseAt),
    queryFn: ({ signal }) => fetchKpiSeries(kpiId, facet, filters, rebaseAt, signal),
    enabled,
  });
}
