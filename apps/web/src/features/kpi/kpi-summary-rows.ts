import type { KpiSummaryRowDto } from '@recordroom/contracts';
import { type KpiSummaryTableRow } from '@recordroom/ui';
import { chartAnchor } from './kpi-filters';
import { facetLabel } from './kpi-vocabulary';

/** The API's summary rows as the summary table shows them, each linking to its chart at `chartHref`. */
export function kpiSummaryTableRows(rows: KpiSummaryRowDto[], chartHref: (anchor: string) => string): KpiSummaryTableRow[] {
  return rows.map((row) => {
    const anchor = chartAnchor(row.kpiId, row.facet);
    return {
      id: anchor,
      name: row.name,
      qualifier: facetLabel(row.facet),
      unit: row.unit,
      latest: row.latest ? { period: row.latest.period, value: row.latest.value } : null,
      target: row.target,
      targetStatus: row.targetStatus,
      variationIcon: row.variationIcon,
      assuranceIcon: row.assuranceIcon,
      href: chartHref(anchor),
    };
  });
}
