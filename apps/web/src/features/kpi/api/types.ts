import type {
  AssuranceIcon,
  CoverComparison,
  ImprovementDirection,
  KpiDefinition,
  KpiUnit,
  PeriodGranularity,
  RequestPriority,
  SpcResult,
  VariationIcon,
} from '@recordroom/kpi';

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

/** One row of GET /api/kpi/summary: a KPI, once per priority for the retrieval KPIs. */
export interface KpiSummaryRow {
  kpiId: string;
  name: string;
  unit: KpiUnit;
  improvementDirection: ImprovementDirection;
  facet: string | null;
  latest: { period: string; value: number | null; numerator?: number; denominator?: number } | null;
  target: number | null;
  targetStatus: 'verified' | 'unverified' | null;
  variationIcon: VariationIcon | null;
  assuranceIcon: AssuranceIcon | null;
  points: number;
  /** The periods this row's limits are recalculated from: the asked rebases that name a point of it. */
  rebaseAt: string[];
}

export interface KpiSummary {
  from: string;
  to: string;
  granularity: PeriodGranularity;
  rows: KpiSummaryRow[];
}

/** GET /api/kpi/series/:kpiId: one chart. */
export interface KpiSeries {
  kpiId: string;
  facet: string | null;
  definition: KpiDefinition;
  spc: SpcResult;
}

/** One priority in one week of GET /api/kpi/retrieval-distribution. Minutes; null when nothing was delivered. */
export interface RetrievalWeek {
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

export interface RetrievalDistribution {
  from: string;
  to: string;
  weeks: RetrievalWeek[];
}

/** One weekday × hour of GET /api/kpi/demand-vs-staffing (weekday 1 = Monday). */
export type DemandHour = CoverComparison & { arrivalsPerHour: number };

/** GET /api/kpi/demand-vs-staffing (docs/api/kpi.md): 168 hours, Monday 00:00 first. */
export interface DemandVsStaffing {
  from: string;
  to: string;
  priority: RequestPriority;
  targetMinutes: number;
  serviceLevel: number;
  /** Mean staff minutes to find and send one request: a local estimate the API defaults to 10. */
  handlingMinutes: number;
  hours: DemandHour[];
}

export const IMPORT_KINDS = ['record-requests', 'clinic-pulls', 'filing-backlog', 'subject-access-requests'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** 201 of POST /api/kpi/imports/:kind. */
export interface ImportResult {
  importId: string;
  linesRead: number;
  inserted: number;
  alreadyPresent: number;
  durationMs: number;
}

/** One line of a refused file (422). */
export interface ImportLineError {
  line: number;
  field: string;
  message: string;
}

/** A row of GET /api/kpi/imports, newest first. */
export interface KpiImport {
  id: string;
  departmentId: string;
  kind: ImportKind;
  fileName: string | null;
  importedBy: string;
  linesRead: number;
  inserted: number;
  alreadyPresent: number;
  durationMs: number;
  createdAt: string;
}
