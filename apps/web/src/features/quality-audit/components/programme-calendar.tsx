import type { ProgrammeEntryDto } from '@recordroom/contracts';
import { Tag } from '@recordroom/ui';
import { Link } from 'react-router';
import { RAG_LABELS } from '../quality-audit-labels';
import { formatDate, formatShortDate } from '../../../format/format-date';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The audit programme as a calendar of months: overdue re-audits first, then each month's re-audits and drafts. */
export function ProgrammeCalendar({ entries, today }: { entries: ProgrammeEntryDto[]; today: string }) {
  const overdue = entries.filter((e) => e.overdue);
  const months = new Map<string, ProgrammeEntryDto[]>();
  for (const e of entries.filter((x) => !x.overdue)) months.set(e.dueDate.slice(0, 7), [...(months.get(e.dueDate.slice(0, 7)) ?? []), e]);
  const item = (e: ProgrammeEntryDto) => (
    <li key={`${e.kind}-${e.auditId}`} className="app-quality-programme__item">
      <Link to={`/quality-audits/audits/${e.auditId}`}>
        {e.templateName}, {e.scopeName}
      </Link>{' '}
      <span className="app-nowrap">{formatShortDate(e.dueDate)}</span> {e.overdue ? <Tag colour="red">Overdue</Tag> : e.kind === 'draft' ? <Tag colour="blue">Draft in progress</Tag> : <Tag colour="white">Re-audit due</Tag>}{' '}
      {e.lastRag && <span className="nhsuk-body-s">last {RAG_LABELS[e.lastRag].text.toLowerCase()}</span>}
    </li>
  );
  return (
    <section aria-labelledby="programme-heading">
      <h2 id="programme-heading">Audit programme</h2>
      <p>Re-audits are scheduled from each audit's RAG; today is {formatDate(today)}.</p>
      {overdue.length > 0 && (
        <div className="app-quality-programme__overdue">
          <h3>Overdue ({overdue.length})</h3>
          <ul className="nhsuk-list">{overdue.map(item)}</ul>
        </div>
      )}
      <div className="app-quality-programme" data-testid="programme-calendar">
        {[...months.entries()].map(([month, list]) => (
          <div key={month} className="app-quality-programme__month">
            <h3>{MONTH.format(new Date(`${month}-01T00:00:00Z`))}</h3>
            <ul className="nhsuk-list">{list.map(item)}</ul>
          </div>
        ))}
      </div>
      {entries.length === 0 && <p>Nothing is scheduled yet: submit an audit to schedule its re-audit.</p>}
    </section>
  );
}
