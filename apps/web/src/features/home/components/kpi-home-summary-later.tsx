import { lazy, Suspense } from 'react';
import { LoadingMessage } from '../../../shell/components/loading-message';

// The KPI summary draws sparklines with the charting library, most of the app's code: loaded after
// home itself, so signing in and the first look at home do not wait for it.
const KpiHomeSummary = lazy(() => import('../../kpi/components/kpi-home-summary').then((m) => ({ default: m.KpiHomeSummary })));

/** The KPI summary on a home page, loaded on first use. */
export function KpiHomeSummaryLater({ scope }: { scope: string }) {
  return (
    <Suspense fallback={<LoadingMessage>Loading the records service KPIs…</LoadingMessage>}>
      <KpiHomeSummary scope={scope} />
    </Suspense>
  );
}
