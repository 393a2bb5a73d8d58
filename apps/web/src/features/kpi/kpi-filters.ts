import { PERIOD_GRANULARITIES, type PeriodGranularity } from '@recordroom/kpi';
import { type KpiFilters } from './api/types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * No dates: the API's default range, the twelve months of complete weeks (or months) up to the
 * last complete one, so the newest point is never a part-period (docs/api/kpi.md, kpi-range.ts).
 * A year of weeks gives 52 points; Making Data Count wants 20 or more
 * (../shared/domain/spc-making-data-count.md §5).
 */
export function defaultKpiFilters(): KpiFilters {
  return { from: '', to: '', granularity: 'week', departmentId: '', rebase: [] };
}

/** A chart's rebase as the address and the summary API write it: `retrieval-p90-minutes.emergency@2026-06-08`. */
const CHART_REBASE = /^[a-z0-9-]+(\.[a-z-]+)?@\d{4}-\d{2}-\d{2}$/;

/** How a chart is named in a rebase: `kpiId`, or `kpiId.facet` for a faceted KPI. */
export function chartRebaseKey(kpiId: string, facet: string | null): string {
  return facet ? `${kpiId}.${facet}` : kpiId;
}

/**
 * The rebases with one chart's replaced: recalculated from `period`, or (null) not at all. The
 * dashboard offers one recalculation a chart, the common case after one explained change.
 */
export function withChartRebase(rebase: readonly string[], key: string, period: string | null): string[] {
  const others = rebase.filter((entry) => entry.slice(0, entry.lastIndexOf('@')) !== key);
  return period === null ? others : [...others, `${key}@${period}`];
}

/** Filters from the address (?from&to&granularity&departmentId), anything missing or malformed taking its default. */
export function kpiFiltersFrom(params: URLSearchParams): KpiFilters {
  const defaults = defaultKpiFilters();
  const date = (name: string, fallback: string) => {
    const value = params.get(name) ?? '';
    return ISO_DATE.test(value) ? value : fallback;
  };
  const granularity = params.get('granularity');
  return {
    from: date('from', defaults.from),
    to: date('to', defaults.to),
    granularity: PERIOD_GRANULARITIES.includes(granularity as PeriodGranularity) ? (granularity as PeriodGranularity) : defaults.granularity,
    departmentId: params.get('departmentId') ?? '',
    rebase: (params.get('rebase') ?? '').split(',').filter((entry) => CHART_REBASE.test(entry)),
  };
}

/** The address query of a set of filters, leaving out what is left to the API's defaults. */
export function kpiFiltersSearch(filters: KpiFilters): string {
  const params = new URLSearchParams({ granularity: filters.granularity });
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.departmentId) params.set('departmentId', filters.departmentId);
  if (filters.rebase.length > 0) params.set('rebase', filters.rebase.join(','));
  return `?${params.toString()}`;
}

/** The anchor of a KPI's chart on the dashboard: `kpi-retrieval-median-minutes-emergency`. */
export function chartAnchor(kpiId: string, facet: string | null): string {
  return `kpi-${kpiId}${facet ? `-${facet}` : ''}`;
}
