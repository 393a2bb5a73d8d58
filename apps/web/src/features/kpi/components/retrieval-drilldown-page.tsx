import { REQUEST_PRIORITIES } from '@recordroom/kpi';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canSeeDemandVsStaffing } from '../../auth/permissions';
import { useOrganisation } from '../../organisation/hooks/use-organisation';
import { RetrievalDistributionChart } from '../charts/retrieval-distribution-chart';
import { useKpiFilters } from '../hooks/use-kpi-filters';
import { useRetrievalDistribution } from '../hooks/use-retrieval-distribution';
import { choosesDepartment, kpiScopeName } from '../kpi-scope';
import { facetLabel } from '../kpi-vocabulary';
import '../kpi.css';
import { BoardPaperHeader } from './board-paper-header';
import { DemandVsStaffingSection } from './demand-vs-staffing-section';
import { KpiFiltersForm } from './kpi-filters-form';

/** /kpi/retrieval: how long records take to arrive, week by week and priority by priority, with each target. */
export function RetrievalDrilldownPage() {
  usePageTitle('Retrieval times by priority');
  const user = useSignedInUser();
  const organisation = useOrganisation();
  const { filters, apply, search } = useKpiFilters();
  const distribution = useRetrievalDistribution(filters);
  const scope = kpiScopeName(user, filters.departmentId, organisation.data?.departments);

  return (
    <div className="app-kpi-board-paper">
      <h1>
        <span className="nhsuk-caption-l">{scope}</span>
        Retrieval times by priority
      </h1>
      <p className="nhsuk-lede-text">Minutes from a request to the delivery of the main folder, week by week: the spread of deliveries and the target.</p>
      {distribution.data && <BoardPaperHeader scope={scope} range={distribution.data} granularity="week" generatedAt={distribution.dataUpdatedAt} />}
      <KpiFiltersForm
        key={`${search}|${distribution.data?.from ?? ''}`}
        filters={{ ...filters, from: filters.from || (distribution.data?.from ?? ''), to: filters.to || (distribution.data?.to ?? '') }}
        departments={choosesDepartment(user) ? (organisation.data?.departments ?? []) : null}
        onApply={apply}
        showGranularity={false}
      />
      <div className="app-no-print">
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      {distribution.isPending && <LoadingMessage>Loading retrieval times…</LoadingMessage>}
      {distribution.isError && <ProblemMessage error={distribution.error} what="retrieval times" onRetry={() => void distribution.refetch()} />}
      {distribution.data && (
        <section aria-labelledby="distribution-heading">
          <h2 id="distribution-heading">Weekly distribution</h2>
          {distribution.data.weeks.length === 0 && <p>There were no record requests in this period.</p>}
          {REQUEST_PRIORITIES.map((priority) => {
            const weeks = (distribution.data?.weeks ?? []).filter((week) => week.priority === priority);
            const target = weeks[0]?.targetMinutes;
            if (weeks.length === 0 || target === undefined) return null;
            return <RetrievalDistributionChart key={priority} id={`retrieval-${priority}`} title={facetLabel(priority) ?? priority} weeks={weeks} targetMinutes={target} />;
          })}
        </section>
      )}
      {canSeeDemandVsStaffing(user) && <DemandVsStaffingSection filters={filters} />}
    </div>
  );
}
