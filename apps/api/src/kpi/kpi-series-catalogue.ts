import { DEFAULT_RETRIEVAL_TARGETS, KPI_CATALOGUE, REQUEST_PRIORITIES, type KpiDefinition, type RequestPriority } from '@recordroom/kpi';

/** One chart: a catalogue KPI, for one priority when the KPI is faceted by priority. */
export interface KpiChart {
  definition: KpiDefinition;
  facet: RequestPriority | null;
  target: { value: number; status: 'verified' | 'unverified' } | null;
}

/**
 * The chart of a KPI and facet. The 90th percentile of retrieval is held to the priority's
 * retrieval target (DEFAULT_RETRIEVAL_TARGETS, all unverified local-policy defaults).
 */
export function kpiChart(definition: KpiDefinition, facet: RequestPriority | null): KpiChart {
  const catalogueTarget = definition.target === null ? null : { value: definition.target.value, status: definition.target.status === 'verified' ? ('verified' as const) : ('unverified' as const) };
  const target =
    definition.id === 'retrieval-p90-minutes' && facet !== null
      ? { value: DEFAULT_RETRIEVAL_TARGETS[facet].maxMinutes, status: DEFAULT_RETRIEVAL_TARGETS[facet].status }
      : catalogueTarget;
  return { definition, facet, target };
}

/** Every chart of the catalogue: faceted KPIs once per priority. */
export const KPI_CHARTS: readonly KpiChart[] = KPI_CATALOGUE.flatMap((definition: KpiDefinition) =>
  definition.facet === 'priority' ? REQUEST_PRIORITIES.map((priority) => kpiChart(definition, priority)) : [kpiChart(definition, null)],
);
