import { type AssuranceIcon, type KpiDefinition, type PeriodGranularity, type SpcResult, type VariationIcon } from '@recordroom/kpi';

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

export interface RetrievalDistributionWeekDto {
  weekStart: string;
  priority: string;
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

export interface KpiImportDto {
  id: string;
  departmentId: string;
  kind: string;
  fileName: string | null;
  importedBy: string;
  linesRead: number;
  inserted: number;
  alreadyPresent: number;
  durationMs: number;
  createdAt: string;
}

export interface DemandHourDto {
  weekday: number;
  hour: number;
  arrivalsPerHour: number;
  staffNeeded: number | null;
  planned: number;
  shortfall: number | null;
  status: 'covered' | 'under-staffed' | 'unattainable';
}

export interface DemandVsStaffingDto {
  from: string;
  to: string;
  priority: string;
  targetMinutes: number;
  serviceLevel: number;
  handlingMinutes: number;
  hours: DemandHourDto[];
}
