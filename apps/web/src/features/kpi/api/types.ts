import type { PeriodGranularity } from '@recordroom/kpi';

// The API's KPI shapes come from @recordroom/contracts; only the dashboard's own view state is here.

/**
 * The filters every KPI read takes (docs/api/kpi.md "Filters"). An empty value is left to the API:
 * no department is the whole organisation (or the caller's own), no dates the last twelve months.
 */
export interface KpiFilters {
  from: string;
  to: string;
  granularity: PeriodGranularity;
  departmentId: string;
  /** Charts whose limits are recalculated, `kpiId[.facet]@period` (the summary API's `rebaseAt`). */
  rebase: string[];
}
