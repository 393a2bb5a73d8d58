import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type KpiFilters } from '../api/types';
import { kpiFiltersFrom, kpiFiltersSearch } from '../kpi-filters';

/** The KPI filters live in the address, so a filtered dashboard can be bookmarked, shared and printed again. */
export function useKpiFilters() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Keyed on the query string: a new filters object only when the address changes, so queries keep their keys.
  const filters = useMemo(() => kpiFiltersFrom(new URLSearchParams(search)), [search]);
  const apply = (next: KpiFilters) => setParams(new URLSearchParams(kpiFiltersSearch(next)));
  return { filters, apply, search: kpiFiltersSearch(filters) };
}
