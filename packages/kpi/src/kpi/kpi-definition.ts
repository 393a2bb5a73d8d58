import type { PeriodGranularity } from '../time/period.js';

export const KPI_UNITS = ['percent', 'minutes', 'count', 'working-days'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/** Which way is better; `neutral` when neither is (as NHSRplotthedots `improvement_direction`). */
export const IMPROVEMENT_DIRECTIONS = ['increase', 'decrease', 'neutral'] as const;
export type ImprovementDirection = (typeof IMPROVEMENT_DIRECTIONS)[number];

/**
 * A target with its provenance: 'verified' comes from a checked rule book, 'unverified' is a
 * typical local-policy default still to be configured, 'local' is the trust's own setting.
 */
export interface KpiTarget {
  value: number;
  status: 'verified' | 'unverified' | 'local';
  source: string;
}

/**
 * What a KPI means, so no number is shown without its definition, target and trend. `facet`
 * names a dimension the KPI is reported by (one SPC chart per value), e.g. request priority.
 */
export interface KpiDefinition {
  id: string;
  name: string;
  definition: string;
  numerator: string;
  /** Null for a KPI that is not a ratio (a count, a time, an age). */
  denominator: string | null;
  unit: KpiUnit;
  improvementDirection: ImprovementDirection;
  /** Null when no target is sourced: the chart then shows no assurance icon. */
  target: KpiTarget | null;
  period: PeriodGranularity;
  facet: 'priority' | null;
  /** Which module supplies the data; staff KPIs are shown only where that module is present. */
  module: 'record-tracking' | 'filing' | 'access-to-records' | 'people';
}
