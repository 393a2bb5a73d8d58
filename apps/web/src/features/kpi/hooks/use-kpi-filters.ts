import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type KpiFilters } from '../api/types';
import { kpiFiltersFrom, kpiFiltersSearch, withChartRebase } from '../kpi-filters';

/** The KPI filters live in the address, so a filtered dashboard can be bookmarked, shared and printed again. */
export function useKpiFilters() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Keyed on the query string: a new filters object only when the address changes, so queries keep their keys.
  const filters = useMemo(() => kpiFiltersFrom(new URLSearchParams(search)), [search]);
  // New dates or granularity give the charts other periods, so a recalculation asked for the old
  // ones is dropped rather than carried to periods it was not chosen for.
  const apply = (next: KpiFilters) => {
    const samePeriods = next.from === filters.from && next.to === filters.to && next.granularity === filters.granularity;
    setParams(new URLSearchParams(kpiFiltersSearch({ ...next, rebase: samePeriods ? next.rebase : [] })));
  };
  const rebaseChart = (key: string, period: string | null) => setParams(new URLSearchParams(kpiFiltersSearch({ ...filters, rebase: withChartRebase(filters.rebase, key, period) })), { preventScrollReset: true });
  return { filters, apply, rebaseChart, search: kpiFiltersSearch(filters) };
}
