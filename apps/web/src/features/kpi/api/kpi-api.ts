import type { DemandVsStaffingDto, KpiImportDto, KpiSeriesDto, KpiSummaryDto, RetrievalDistributionDto } from '@recordroom/contracts';
import { apiClient, apiUrl, type QueryParams } from '../../../api/api-client';
import { type KpiFilters } from './types';

function filterParams(filters: KpiFilters): QueryParams {
  return { departmentId: filters.departmentId, from: filters.from, to: filters.to, granularity: filters.granularity };
}

/** The summary's filters with every chart's rebase, so its icons follow the recalculated limits. */
function summaryParams(filters: KpiFilters): QueryParams {
  return { ...filterParams(filters), rebaseAt: filters.rebase.join(',') };
}

function seriesPath(kpiId: string): string {
  return `/kpi/series/${encodeURIComponent(kpiId)}`;
}

export function fetchKpiSummary(filters: KpiFilters, signal?: AbortSignal): Promise<KpiSummaryDto> {
  return apiClient.get<KpiSummaryDto>('/kpi/summary', { query: summaryParams(filters), signal });
}

export function kpiSummaryCsvUrl(filters: KpiFilters): string {
  return apiUrl('/kpi/summary.csv', summaryParams(filters));
}

/** One chart, its limits recalculated at `rebaseAt` (periods of it, as the summary row applied them). */
export function fetchKpiSeries(kpiId: string, facet: string | null, filters: KpiFilters, rebaseAt: readonly string[], signal?: AbortSignal): Promise<KpiSeriesDto> {
  return apiClient.get<KpiSeriesDto>(seriesPath(kpiId), { query: { ...filterParams(filters), facet, rebaseAt: rebaseAt.join(',') }, signal });
}

export function kpiSeriesCsvUrl(kpiId: string, facet: string | null, filters: KpiFilters, rebaseAt: readonly string[]): string {
  return apiUrl(`${seriesPath(kpiId)}.csv`, { ...filterParams(filters), facet, rebaseAt: rebaseAt.join(',') });
}

export function fetchRetrievalDistribution(filters: KpiFilters, signal?: AbortSignal): Promise<RetrievalDistributionDto> {
  return apiClient.get<RetrievalDistributionDto>('/kpi/retrieval-distribution', {
    query: { departmentId: filters.departmentId, from: filters.from, to: filters.to },
    signal,
  });
}

export function fetchDemandVsStaffing(filters: KpiFilters, priority: string, signal?: AbortSignal): Promise<DemandVsStaffingDto> {
  return apiClient.get<DemandVsStaffingDto>('/kpi/demand-vs-staffing', {
    query: { departmentId: filters.departmentId, from: filters.from, to: filters.to, priority },
    signal,
  });
}

export function fetchKpiImports(departmentId: string, signal?: AbortSignal): Promise<KpiImportDto[]> {
  return apiClient.get<KpiImportDto[]>('/kpi/imports', { query: { departmentId }, signal });
}
