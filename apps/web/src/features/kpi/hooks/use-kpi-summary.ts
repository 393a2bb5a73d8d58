import { useQuery } from '@tanstack/react-query';
import { fetchKpiSummary } from '../api/kpi-api';
import { kpiQueryKeys } from '../api/kpi-query-keys';
import { type KpiFilters } from '../api/types';

function samePeriodsAndScope(a: KpiFilters, b: KpiFilters): boolean {
  return a.from === b.from && a.to === b.to && a.granularity === b.granularity && a.departmentId === b.departmentId;
}

/**
 * Every KPI's latest value and icons for the filters: the one request the dashboard's first paint
 * waits for. When only a chart's recalculation changes, the page keeps the summary it has until
 * the new one arrives, so the charts stay where the reader is.
 */
export function useKpiSummary(filters: KpiFilters) {
  return useQuery({
    queryKey: kpiQueryKeys.summary(filters),
    queryFn: ({ signal }) => fetchKpiSummary(filters, signal),
    placeholderData: (previous, previousQuery) => {
      const previousFilters = previousQuery?.queryKey[2];
      return previousFilters && samePeriodsAndScope(previousFilters, filters) ? previous : undefined;
    },
  });
}
