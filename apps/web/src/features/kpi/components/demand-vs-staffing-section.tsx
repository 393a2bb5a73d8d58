import { REQUEST_PRIORITIES, type RequestPriority } from '@recordroom/kpi';
import { Select } from '@recordroom/ui';
import { useState } from 'react';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { type KpiFilters } from '../api/types';
import { useDemandVsStaffing } from '../hooks/use-demand-vs-staffing';
import { PRIORITY_LABELS } from '../kpi-vocabulary';
import { DemandStaffingHeatmap } from './demand-staffing-heatmap';

/**
 * Demand against planned staffing for the filters' period, one priority at a time: each priority
 * has its own retrieval target, so the API sizes staffing for one (emergency unless chosen).
 */
export function DemandVsStaffingSection({ filters }: { filters: KpiFilters }) {
  const [priority, setPriority] = useState<RequestPriority>('emergency');
  const demand = useDemandVsStaffing(filters, priority);
  return (
    <section aria-labelledby="demand-heading" className="nhsuk-u-margin-top-7 app-demand">
      <h2 id="demand-heading">Demand against planned staffing</h2>
      <p>
        Requests arriving in each hour of the week, turned into the staff needed to start them within the target (Erlang C), set against the
        staff on duty in published rotas.
      </p>
      <div className="app-no-print">
        <Select
          id="demand-priority"
          label="Priority of requests"
          value={priority}
          onChange={(value) => setPriority(value as RequestPriority)}
          options={REQUEST_PRIORITIES.map((value) => ({ value, label: PRIORITY_LABELS[value] }))}
        />
      </div>
      {demand.isPending && <LoadingMessage>Loading demand and staffing…</LoadingMessage>}
      {demand.isError && <ProblemMessage error={demand.error} what="demand against staffing" onRetry={() => void demand.refetch()} />}
      {demand.data && <DemandStaffingHeatmap data={demand.data} />}
    </section>
  );
}
