import { DEFAULT_RETRIEVAL_TARGETS, KPI_CATALOGUE, REQUEST_PRIORITIES, type KpiDefinition, type RequestPriority } from '@recordroom/kpi';

/** One chart: a catalogue KPI, for one priority when the KPI is faceted by priority. */
export interface KpiChart {
  definition: KpiDefinition;
  facet: RequestPriority | null;
  target: { value: number; status: 'verified' | 'unverified' } | null;
}

/**
 * The chart of a KPI and facet. The retrieval KPIs are held to the priority's retrieval target
 * (DEFAULT_RETRIEVAL_TARGETS, all unverified local-policy defaults): the 90th percentile to its
 * time, the share delivered within target to its share (90%, derived from the same policy).
 */
export function kpiChart(definition: KpiDefinition, facet: RequestPriority | null): KpiChart {
  const catalogueTarget = definition.target === null ? null : { value: definition.target.value, status: definition.target.status === 'verified' ? ('verified' as const) : ('unverified' as const) };
  if (facet === null) return { definition, facet, target: catalogueTarget };
  const retrieval = DEFAULT_RETRIEVAL_TARGETS[facet];
  switch (definition.id) {
    case 'retrieval-p90-minutes':
      return { definition, facet, target: { value: retrieval.maxMinutes, status: retrieval.status } };
    case 'retrieval-within-target-percent':
      return { definition, facet, target: { value: retrieval.withinTargetPercent, status: retrieval.status } };
    default:
      return { definition, facet, target: catalogueTarget };
  }
}

/** Every chart of the catalogue: faceted KPIs once per priority. */
export const KPI_CHARTS: readonly KpiChart[] = KPI_CATALOGUE.flatMap((definition: KpiDefinition) =>
  definition.facet === 'priority' ? REQUEST_PRIORITIES.map((priority) => kpiChart(definition, priority)) : [kpiChart(definition, null)],
);
