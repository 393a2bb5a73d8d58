import { Details, KpiSummaryTable } from '@recordroom/ui';
import { Link } from 'react-router';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canImportKpiEvents } from '../../auth/permissions';
import { useOrganisation } from '../../organisation/hooks/use-organisation';
import { kpiSummaryCsvUrl } from '../api/kpi-api';
import { useKpiFilters } from '../hooks/use-kpi-filters';
import { useKpiSummary } from '../hooks/use-kpi-summary';
import { AuditTrends } from '../../quality-audit/components/audit-trends';
import { useAuditTrends } from '../../quality-audit/hooks/use-quality-audit-data';
import { qualityAuditSummaryRows } from '../quality-audit-summary-rows';
import { usePrintBoardPaper } from '../hooks/use-print-board-paper';
import { choosesDepartment, kpiScopeName } from '../kpi-scope';
import { chartRebaseKey } from '../kpi-filters';
import { kpiSummaryTableRows } from '../kpi-summary-rows';
import { facetLabel } from '../kpi-vocabulary';
import '../kpi.css';
import { BoardPaperHeader } from './board-paper-header';
import { KpiChartPanel } from './kpi-chart-panel';
import { KpiFiltersForm } from './kpi-filters-form';

// The first charts load with the summary; the rest as the reader scrolls to them.
const EAGER_CHARTS = 2;

/** /kpi: the records service's KPIs as Making Data Count charts, summarised with icons, printable as a board paper. */
export function KpiDashboardPage() {
  usePageTitle('Service KPIs');
  const user = useSignedInUser();
  const organisation = useOrganisation();
  const { filters, apply, rebaseChart, search } = useKpiFilters();
  const summary = useKpiSummary(filters);
  // Records-quality audit compliance joins the summary (docs/quality-audits.md); its charts are on /quality-audits.
  const auditTrends = useAuditTrends(filters.departmentId);
  const rows = summary.data?.rows ?? [];
  const board = usePrintBoardPaper(rows, filters);
  const departments = choosesDepartment(user) ? (organisation.data?.departments ?? []) : null;
  const scope = kpiScopeName(user, filters.departmentId, organisation.data?.departments);

  return (
    <div className="app-kpi-board-paper">
      <h1>
        <span className="nhsuk-caption-l">{scope}</span>
        Records service KPIs
      </h1>
      {summary.data && (
        <BoardPaperHeader
          scope={scope}
          range={summary.data}
          granularity={summary.data.granularity}
          generatedAt={summary.dataUpdatedAt}
          rebased={rows.flatMap((row) => row.rebaseAt.slice(0, 1).map((from) => ({ title: [row.name, facetLabel(row.facet)].filter(Boolean).join(' – '), from })))}
        />
      )}

      <KpiFiltersForm
        // Starts again from the address, and fills in the dates the API chose when none were given.
        key={`${search}|${summary.data?.from ?? ''}`}
        filters={{ ...filters, from: filters.from || (summary.data?.from ?? ''), to: filters.to || (summary.data?.to ?? '') }}
        departments={departments}
        onApply={apply}
      />

      <ul className="nhsuk-list app-no-print app-kpi-actions">
        <li>
          <Link className="nhsuk-link" to={`/kpi/retrieval${search}`}>
            Retrieval times by priority, week by week
          </Link>
        </li>
        {canImportKpiEvents(user) && (
          <li>
            <Link className="nhsuk-link" to="/kpi/import">
              Import events from the tracking system (CSV)
            </Link>
          </li>
        )}
        {rows.length > 0 && (
          <li>
            <a className="nhsuk-link" href={kpiSummaryCsvUrl(filters)} download>
              Download the summary (CSV)
            </a>
          </li>
        )}
      </ul>

      {summary.isPending && <LoadingMessage>Loading the KPI summary…</LoadingMessage>}
      {summary.isError && <ProblemMessage error={summary.error} what="KPI summary" onRetry={() => void summary.refetch()} />}
      {summary.data && (
        <>
          {rows.length > 0 && (
            <div className="app-no-print">
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={() => void board.print()}
                disabled={board.preparing}
                aria-describedby="print-hint"
              >
                {board.preparing ? 'Preparing the charts…' : 'Print or save as PDF'}
              </button>
              <p className="nhsuk-hint" id="print-hint">
                Prints the summary and every chart for a board paper, without the menus.
              </p>
              {board.failed && <p className="nhsuk-error-message">Some charts could not be loaded for printing. Try again.</p>}
            </div>
          )}
          <section id="kpi-summary" className="app-kpi-summary" aria-label="Summary">
            <KpiSummaryTable
              caption="Summary"
              captionSize="m"
              rows={[...kpiSummaryTableRows(rows, (anchor) => `#${anchor}`), ...qualityAuditSummaryRows(auditTrends.data ?? [])]}
              emptyMessage={
                <p>
                  There are no KPI figures for {scope} in this period.{' '}
                  {canImportKpiEvents(user)
                    ? 'Import events from the tracking system, or choose another period.'
                    : 'Ask your health records manager to import events from the tracking system, or choose another period.'}
                </p>
              }
            />
            {rows.length > 0 && (
              <Details summary="How to read the icons" className="app-no-print">
                <p>
                  The <strong>variation</strong> icon says whether the latest point shows a real change: grey for common cause (no significant
                  change), blue for special cause improving, orange for special cause of concern; H or L for higher or lower values.
                </p>
                <p>
                  The <strong>assurance</strong> icon compares the target with the process limits: P (blue) the target will consistently be met,
                  F (orange) it will consistently be missed, ? (grey) it will be hit and missed at random.
                </p>
              </Details>
            )}
          </section>
          {rows.length > 0 && (
            <section aria-labelledby="kpi-charts-heading">
              <h2 id="kpi-charts-heading" className="app-kpi-charts-heading">
                Charts
              </h2>
              {rows.map((row, index) => (
                <KpiChartPanel
                  key={`${row.kpiId}:${row.facet ?? ''}`}
                  row={row}
                  filters={filters}
                  eager={index < EAGER_CHARTS}
                  onRebase={(period) => rebaseChart(chartRebaseKey(row.kpiId, row.facet), period)}
                />
              ))}
              {/* Audit compliance: the summary's audit rows, charted from the same API series as /quality-audits. */}
              <AuditTrends trends={auditTrends.data ?? []} headingLevel={3} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
