import type { KpiSeriesDto } from '@recordroom/contracts';
import { formatPeriod } from '@recordroom/ui';
import { useState } from 'react';

interface ChartRebaseFormProps {
  /** The chart's anchor, so each form's fields have ids of their own. */
  id: string;
  title: string;
  series: KpiSeriesDto;
  /** The period the chart's limits are recalculated from, if any (the summary row's rebaseAt). */
  rebasedFrom: string | null;
  monthly: boolean;
  onRebase: (period: string | null) => void;
}

function periodLabel(period: string, monthly: boolean): string {
  if (!monthly) return `Week of ${formatPeriod(period)}`;
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}T00:00:00Z`));
}

/**
 * Recalculate a chart's limits from a chosen period, Making Data Count's practice after a sustained
 * and explained change (../shared/domain/spc-making-data-count.md §5): the chart then has a
 * segment before and after, each with its own mean and limits, and the summary row's icons follow.
 * The choice goes in the address, so the recalculated dashboard prints and shares as seen.
 */
export function ChartRebaseForm({ id, title, series, rebasedFrom, monthly, onRebase }: ChartRebaseFormProps) {
  const [period, setPeriod] = useState(rebasedFrom ?? '');
  // A recalculation at the first point changes nothing; from the second on each segment has a point at least.
  const periods = series.spc.points.slice(1).map((point) => point.period);
  const fieldId = `${id}-rebase`;
  return (
    <form
      className="app-no-print app-kpi-rebase"
      aria-label={`Recalculate the limits of ${title}`}
      onSubmit={(event) => {
        event.preventDefault();
        onRebase(period === '' ? null : period);
      }}
    >
      <div className="nhsuk-form-group">
        <label className="nhsuk-label nhsuk-label--s" htmlFor={fieldId}>
          Recalculate the limits from
        </label>
        <div className="nhsuk-hint" id={`${fieldId}-hint`}>
          After a sustained change with a known cause, such as a new process, the points since then get their own mean and limits.
        </div>
        <select className="nhsuk-select" id={fieldId} name={fieldId} value={period} onChange={(event) => setPeriod(event.target.value)} aria-describedby={`${fieldId}-hint`}>
          <option value="">The whole period (not recalculated)</option>
          {periods.map((value) => (
            <option key={value} value={value}>
              {periodLabel(value, monthly)}
            </option>
          ))}
        </select>{' '}
        <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small app-kpi-rebase__button">
          Recalculate limits
        </button>
      </div>
    </form>
  );
}
