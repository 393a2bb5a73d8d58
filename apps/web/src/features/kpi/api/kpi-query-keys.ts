import { type KpiFilters } from './types';

export const kpiQueryKeys = {
  all: ['kpi'] as const,
  summary: (filters: KpiFilters) => [...kpiQueryKeys.all, 'summary', filters] as const,
  seriesAll: () => [...kpiQueryKeys.all, 'series'] as const,
  // Keyed on the chart's own rebases, not every chart's: recalculating one chart refetches only it.
  series: (kpiId: string, facet: string | null, filters: KpiFilters, rebaseAt: readonly string[]) =>
    [...kpiQueryKeys.seriesAll(), kpiId, facet, { ...filters, rebase: [] }, rebaseAt.join(',')] as const,
  retrievalDistribution: (filters: KpiFilters) => [...kpiQueryKeys.all, 'retrieval-distribution', filters] as const,
  demandVsStaffing: (filters: KpiFilters, priority: string) => [...kpiQueryKeys.all, 'demand-vs-staffing', filters, priority] as const,
  imports: (departmentId: string) => [...kpiQueryKeys.all, 'imports', departmentId] as const,
};
