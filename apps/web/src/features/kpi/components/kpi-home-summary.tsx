import { KpiSummaryTable } from '@recordroom/ui';
import { Link } from 'react-router';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { useKpiSummary } from '../hooks/use-kpi-summary';
import { defaultKpiFilters } from '../kpi-filters';
import { homeKpiRows } from '../home-kpis';
import { kpiSummaryTableRows } from '../kpi-summary-rows';
import '../kpi.css';

/**
 * A home page's compact view of the area's KPIs (the caller's department, last 52 weeks): the few a
 * manager looks at first, with their icons, each linking to its chart on the dashboard, and a link
 * to all of them.
 */
export function KpiHomeSummary({ scope }: { scope: string }) {
  const filters = defaultKpiFilters();
  const summary = useKpiSummary(filters);
  const rows = summary.data ? homeKpiRows(summary.data.rows) : [];
  return (
    <section aria-labelledby="kpi-home-heading" className="nhsuk-u-margin-bottom-6">
      <h2 id="kpi-home-heading">Service KPIs</h2>
      {summary.isPending && <LoadingMessage>Loading KPIs…</LoadingMessage>}
      {summary.isError && <ProblemMessage error={summary.error} what="KPI summary" onRetry={() => void summary.refetch()} headingLevel={3} />}
      {summary.data && (
        <KpiSummaryTable
          caption={`${scope}, last 52 weeks`}
          captionSize="s"
          compact
          iconSize={28}
          rows={kpiSummaryTableRows(rows, (anchor) => `/kpi#${anchor}`)}
          renderLink={(row, name) => (
            <Link className="nhsuk-link" to={row.href ?? '/kpi'}>
              {name}
            </Link>
          )}
          emptyMessage={<p>There are no KPI figures yet. Events imported from the tracking system appear here.</p>}
        />
      )}
      <p>
        <Link className="nhsuk-link" to="/kpi">
          All service KPIs{summary.data && summary.data.rows.length > rows.length ? ` (${summary.data.rows.length})` : ''}
        </Link>
      </p>
    </section>
  );
}
