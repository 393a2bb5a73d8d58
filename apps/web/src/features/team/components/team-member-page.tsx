import type { PersonRecordDto } from '@recordroom/contracts';
import { SummaryList } from '@recordroom/ui';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatDate } from '../../../format/format-date';
import { formatNumber } from '../../../format/format-number';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { usePersonRecord } from '../hooks/use-team';
import { ChecksTab } from './checks-tab';
import { LeaveTab } from './leave-tab';
import { SicknessTab } from './sickness-tab';
import { TrainingTab } from './training-tab';

const TABS = [
  { id: 'leave', label: 'Leave' },
  { id: 'sickness', label: 'Sickness' },
  { id: 'training', label: 'Training and appraisal' },
  { id: 'checks', label: 'Checks' },
] as const;
type TabId = (typeof TABS)[number]['id'];

function Panel({ tab, record }: { tab: TabId; record: PersonRecordDto }) {
  switch (tab) {
    case 'leave':
      return <LeaveTab record={record} />;
    case 'sickness':
      return <SicknessTab record={record} />;
    case 'training':
      return <TrainingTab record={record} />;
    case 'checks':
      return <ChecksTab record={record} />;
  }
}

/** /team/:staffId: one person's line-management record, in tabs (leave, sickness, training, checks). */
export function TeamMemberPage() {
  const { staffId = '' } = useParams();
  const [search] = useSearchParams();
  const record = usePersonRecord(staffId);
  usePageTitle(record.data?.displayName ?? 'Team member');
  const tab: TabId = TABS.find((t) => t.id === search.get('tab'))?.id ?? 'sickness';

  if (record.isPending) return <LoadingMessage>Loading the record…</LoadingMessage>;
  if (record.isError) {
    return (
      <>
        <h1>Team member</h1>
        <ProblemMessage error={record.error} what="team member" onRetry={() => void record.refetch()} />
      </>
    );
  }
  const person = record.data;
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">{person.jobTitle}</span>
        {person.displayName}
      </h1>
      <SummaryList
        rows={[
          { key: 'Band and contract', value: `Band ${person.band}, ${person.contractType}, ${formatNumber(person.contractedHoursPerWeek)} hours a week (${formatNumber(person.wholeTimeEquivalent)} WTE)` },
          { key: 'Team', value: person.teamName ?? 'No team' },
          { key: 'Line manager', value: person.lineManagerName ?? 'None' },
          { key: 'Started', value: `${formatDate(person.employmentStartDate)} (NHS service from ${formatDate(person.nhsServiceStartDate)})` },
        ]}
      />
      <div className="nhsuk-tabs">
        <h2 className="nhsuk-tabs__title">Contents</h2>
        <ul className="nhsuk-tabs__list">
          {TABS.map((t) => (
            <li key={t.id} className={`nhsuk-tabs__list-item${t.id === tab ? ' nhsuk-tabs__list-item--selected' : ''}`}>
              <Link className="nhsuk-tabs__tab" to={`?tab=${t.id}`} aria-current={t.id === tab ? 'page' : undefined} replace>
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
        <div className="nhsuk-tabs__panel">
          <Panel tab={tab} record={person} />
        </div>
      </div>
    </>
  );
}
