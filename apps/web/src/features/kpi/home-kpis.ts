import type { KpiSummaryRowDto } from '@recordroom/contracts';

/**
 * The KPIs a home page shows, in this order: emergency requests within target, notes at clinic,
 * the oldest unfiled item, SARs on time, sickness. One for each part of the service (retrieval,
 * clinics, filing, access to records, staff); the dashboard has the rest.
 */
const HOME_KPIS: readonly { kpiId: string; facet: string | null }[] = [
  { kpiId: 'retrieval-within-target-percent', facet: 'emergency' },
  { kpiId: 'clinic-availability-percent', facet: null },
  { kpiId: 'filing-backlog-oldest-working-days', facet: null },
  { kpiId: 'sar-on-time-percent', facet: null },
  { kpiId: 'sickness-absence-percent', facet: null },
];

/**
 * The summary's rows for a home page, those with data, in HOME_KPIS order; where none of them has
 * data yet (a department importing only some events), the summary's first rows instead, so the
 * home page never says "no figures" when the dashboard has some.
 */
export function homeKpiRows(rows: readonly KpiSummaryRowDto[]): KpiSummaryRowDto[] {
  const home = HOME_KPIS.flatMap(({ kpiId, facet }) => rows.filter((row) => row.kpiId === kpiId && row.facet === facet));
  return home.length > 0 ? home : rows.slice(0, HOME_KPIS.length);
}
