import type { KpiSeriesDto, KpiSummaryRowDto } from '@recordroom/contracts';
import { formatKpiValue, SpcChart } from '@recordroom/ui';
import { useRef } from 'react';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { kpiSeriesCsvUrl } from '../api/kpi-api';
import { type KpiFilters } from '../api/types';
import { useKpiSeries } from '../hooks/use-kpi-series';
import { useNearScreen } from '../hooks/use-near-screen';
import { usePrinting } from '../hooks/use-printing';
import { chartAnchor } from '../kpi-filters';
import { facetLabel } from '../kpi-vocabulary';
import { ChartRebaseForm } from './chart-rebase-form';

interface KpiChartPanelProps {
  row: KpiSummaryRowDto;
  filters: KpiFilters;
  /** Load at once rather than when scrolled near (the first charts on the page). */
  eager?: boolean;
  /** Recalculate this chart's limits from a period, or (null) over the whole range again. */
  onRebase?: (period: string | null) => void;
}

function targetSentence(series: KpiSeriesDto, row: KpiSummaryRowDto): string {
  if (series.spc.target === null) return 'No target is set for this KPI.';
  const target = formatKpiValue(series.spc.target, row.unit);
  return row.targetStatus === 'unverified' ? `Target ${target} (a local default, not a national standard).` : `Target ${target}.`;
}

/**
 * One KPI's SPC chart on the dashboard. Its series is fetched when the panel comes near the screen
 * (or up front when `eager`, or once the browser starts printing), so the page's first paint waits
 * for the summary alone; the panel keeps its height meanwhile so the page does not jump. Below the
 * chart, a form recalculates its limits from a chosen period.
 */
export function KpiChartPanel({ row, filters, eager = false, onRebase }: KpiChartPanelProps) {
  const ref = useRef<HTMLElement>(null);
  const near = useNearScreen(ref);
  const printing = usePrinting();
  const series = useKpiSeries(row.kpiId, row.facet, filters, row.rebaseAt, eager || near || printing);
  const qualifier = facetLabel(row.facet);
  const title = qualifier ? `${row.name} – ${qualifier}` : row.name;
  const anchor = chartAnchor(row.kpiId, row.facet);

  return (
    <article ref={ref} id={anchor} className="app-kpi-chart" aria-label={title} data-kpi={anchor}>
      {series.data ? (
        <SpcChart
          id={`${anchor}-chart`}
          title={title}
          description={`${series.data.definition.definition} ${targetSentence(series.data, row)}`}
          spc={series.data.spc}
          unit={row.unit}
          height={240}
          headingLevel={3}
          actions={
            <p className="nhsuk-body-s app-no-print">
              <a className="nhsuk-link" href={kpiSeriesCsvUrl(row.kpiId, row.facet, filters, row.rebaseAt)} download>
                Download the figures for “{title}” (CSV)
              </a>{' '}
              · <a className="nhsuk-link" href="#kpi-summary">Back to the summary</a>
            </p>
          }
        />
      ) : (
        <div className="app-kpi-chart__placeholder">
          <h3 className="nhsuk-heading-s">{title}</h3>
          {series.isError ? (
            <ProblemMessage error={series.error} what={`chart of ${title}`} onRetry={() => void series.refetch()} headingLevel={3} />
          ) : (
            <>
              <div className="app-no-print">
                <LoadingMessage>{eager || near ? 'Loading chart…' : 'The chart loads as you scroll to it.'}</LoadingMessage>
              </div>
              {/* Printed from the browser's menu before this chart loaded: say how to get every chart. */}
              <p className="app-print-only">This chart had not loaded when printing began. Use “Print or save as PDF” on the dashboard to include every chart.</p>
            </>
          )}
        </div>
      )}
      {series.data && onRebase && (
        <ChartRebaseForm
          // Starts again from the address when the applied recalculation changes.
          key={row.rebaseAt.join(',')}
          id={anchor}
          title={title}
          series={series.data}
          rebasedFrom={row.rebaseAt[0] ?? null}
          monthly={series.data.definition.period === 'month' || filters.granularity === 'month'}
          onRebase={onRebase}
        />
      )}
    </article>
  );
}
