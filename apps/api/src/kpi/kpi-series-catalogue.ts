import { DEFAULT_RETRIEVAL_TARGETS, KPI_CATALOGUE, REQUEST_PRIORITIES, type KpiDefinition, type RequestPriority } from '@recordroom/kpi';

/** Which stored events a KPI is computed from; people KPIs come from the staff modules when they hold data. */
export type KpiSource = 'retrieval' | 'clinic-pulls' | 'filing' | 'sars' | 'people';

const SOURCES: Readonly<Record<string, KpiSource>> = {
  'retrieval-median-minutes': 'retrieval',
  'retrieval-p90-minutes': 'retrieval',
  'retrieval-within-target-percent': 'retrieval',
  'clinic-availability-percent': 'clinic-pulls',
  'temporary-notes-percent': 'retrieval',
  'not-found-percent': 'retrieval',
  'filing-backlog-items': 'filing',
  'filing-backlog-oldest-working-days': 'filing',
  'sar-on-time-percent': 'sars',
  'sickness-absence-percent': 'people',
  'vacancy-percent': 'people',
  'training-compliance-percent': 'people',
};

/** One chart: a catalogue KPI, for one priority when the KPI is faceted by priority. */
export interface KpiChart {
  definition: KpiDefinition;
  facet: RequestPriority | null;
  source: KpiSource;
  target: { value: number; status: 'verified' | 'unverified' } | null;
}

export function sourceOf(definition: KpiDefinition): KpiSource {
  const source = SOURCES[definition.id];
  if (source === undefined) throw new RangeError(`No source for KPI ${definition.id}`);
  return source;
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
  return { definition, facet, source: sourceOf(definition), target };
}

/** Every chart of the catalogue: faceted KPIs once per priority. */
export const KPI_CHARTS: readonly KpiChart[] = KPI_CATALOGUE.flatMap((definition: KpiDefinition) =>
  definition.facet === 'priority' ? REQUEST_PRIORITIES.map((priority) => kpiChart(definition, priority)) : [kpiChart(definition, null)],
);
