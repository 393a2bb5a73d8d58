import {
  type AssuranceIcon,
  type CoverComparison,
  type KpiDefinition,
  type LineError,
  type PeriodGranularity,
  type RequestPriority,
  type SpcResult,
  type VariationIcon,
} from '@recordroom/kpi';
import { type KpiImportKind } from './import-kinds.js';

/** One value of a KPI in one period; numerator and denominator for a ratio. */
export interface KpiPoint {
  period: string;
  value: number;
  numerator?: number;
  denominator?: number;
}

export interface KpiSummaryRowDto {
  kpiId: string;
  name: string;
  unit: KpiDefinition['unit'];
  improvementDirection: KpiDefinition['improvementDirection'];
  facet: string | null;
  latest: { period: string; value: number | null; numerator?: number; denominator?: number } | null;
  target: number | null;
  targetStatus: 'verified' | 'unverified' | null;
  variationIcon: VariationIcon | null;
  assuranceIcon: AssuranceIcon | null;
  points: number;
  /** The periods this row's limits were recalculated from (the summary's `rebaseAt` that name a point of it). */
  rebaseAt: string[];
}

export interface KpiSummaryDto {
  from: string;
  to: string;
  granularity: PeriodGranularity;
  rows: KpiSummaryRowDto[];
}

export interface KpiSeriesDto {
  kpiId: string;
  facet: string | null;
  definition: KpiDefinition;
  spc: SpcResult;
}

/** One priority in one week of GET /api/kpi/retrieval-distribution. Minutes; null when nothing was delivered. */
export interface RetrievalDistributionWeekDto {
  weekStart: string;
  priority: RequestPriority;
  count: number;
  p10: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
  withinTargetPercent: number | null;
  targetMinutes: number;
}

export interface RetrievalDistributionDto {
  from: string;
  to: string;
  weeks: RetrievalDistributionWeekDto[];
}

/** A row of GET /api/kpi/imports, newest first. */
export interface KpiImportDto {
  id: string;
  departmentId: string;
  kind: KpiImportKind;
  fileName: string | null;
  importedBy: string;
  linesRead: number;
  inserted: number;
  alreadyPresent: number;
  durationMs: number;
  createdAt: string;
}

/** One weekday × hour of GET /api/kpi/demand-vs-staffing (weekday 1 = Monday): the domain's comparison plus the arrivals behind it. */
export interface DemandHourDto extends CoverComparison {
  arrivalsPerHour: number;
}

/** GET /api/kpi/demand-vs-staffing (docs/api/kpi.md): 168 hours, Monday 00:00 first. */
export interface DemandVsStaffingDto {
  from: string;
  to: string;
  priority: RequestPriority;
  targetMinutes: number;
  serviceLevel: number;
  /** Mean staff minutes to find and send one request: a local estimate the API defaults to 10. */
  handlingMinutes: number;
  hours: DemandHourDto[];
}

/** 201 of POST /api/kpi/imports/:kind. */
export interface ImportResultDto {
  importId: string;
  linesRead: number;
  inserted: number;
  alreadyPresent: number;
  durationMs: number;
}

/** One line of a refused file, in the 422 problem's `errors` (at most 100; `errorCount` says how many there were). */
export type ImportLineErrorDto = LineError;
