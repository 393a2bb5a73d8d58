import { PERIOD_GRANULARITIES, type PeriodGranularity } from '@recordroom/kpi';
import { type KpiFilters } from './api/types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in Europe/London (the department's days), as yyyy-mm-dd. */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The default range: the last 52 weeks to today. Making Data Count wants at least 12 points for
 * stable limits and recommends 20 or more (../shared/domain/spc-making-data-count.md §5); a year of
 * weeks gives 52, and 12 months.
 */
export function defaultKpiFilters(today: string = todayInLondon()): KpiFilters {
  return { from: addDays(today, -363), to: today, granularity: 'week', departmentId: '' };
}

/** Filters from the address (?from&to&granularity&departmentId), anything missing or malformed taking its default. */
export function kpiFiltersFrom(params: URLSearchParams, today: string = todayInLondon()): KpiFilters {
  const defaults = defaultKpiFilters(today);
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
  };
}

/** The address query of a set of filters, leaving out the defaults' empty department. */
export function kpiFiltersSearch(filters: KpiFilters): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to, granularity: filters.granularity });
  if (filters.departmentId) params.set('departmentId', filters.departmentId);
  return `?${params.toString()}`;
}

/** The anchor of a KPI's chart on the dashboard: `kpi-retrieval-median-minutes-emergency`. */
export function chartAnchor(kpiId: string, facet: string | null): string {
  return `kpi-${kpiId}${facet ? `-${facet}` : ''}`;
}
