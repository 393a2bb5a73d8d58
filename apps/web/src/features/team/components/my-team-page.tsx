import type { TeamMemberDto } from '@recordroom/contracts';
import { createDataTableColumnHelper, DataTable, KeyFigure, KeyFigureGroup, Tag } from '@recordroom/ui';
import { Link } from 'react-router';
import { formatNumber } from '../../../format/format-number';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useMyTeam } from '../hooks/use-team';
import { AttentionList } from './attention-list';

const column = createDataTableColumnHelper<TeamMemberDto>();
const columns = column.columns([
  column.accessor('displayName', {
    header: 'Name',
    meta: { rowHeader: true },
    cell: (info) => (
      <>
        <Link to={`/team/${encodeURIComponent(info.row.original.id)}`}>{info.getValue()}</Link>
        <br />
        <span className="nhsuk-body-s">{info.row.original.jobTitle}</span>
      </>
    ),
  }),
  column.accessor('band', { header: 'Band' }),
  column.accessor('wholeTimeEquivalent', { header: 'WTE', meta: { numeric: true }, cell: (info) => formatNumber(info.getValue()) }),
  column.accessor('contractType', { header: 'Contract' }),
  column.accessor('skills', { header: 'Skills', enableSorting: false, cell: (info) => info.getValue().join(', ') || 'None' }),
  column.accessor('lineManagerName', { header: 'Reports to', cell: (info) => (info.row.original.direct ? 'You' : (info.getValue() ?? '')) }),
  column.accessor('bradfordScore', {
    header: 'Bradford factor',
    meta: { numeric: true },
    cell: (info) => (info.row.original.bradfordTriggered ? <Tag colour="red">{info.getValue()}</Tag> : info.getValue()),
  }),
]);

/** /team: an officer's direct and indirect reports, and what needs acting on this week. */
export function MyTeamPage() {
  usePageTitle('My team');
  const team = useMyTeam();
  if (team.isPending) return <LoadingMessage>Loading your team…</LoadingMessage>;
  if (team.isError) return <ProblemMessage error={team.error} what="team" onRetry={() => void team.refetch()} />;
  const { members, attention, counts } = team.data;
  return (
    <>
      <h1>My team</h1>
      <p className="nhsuk-lede-text">The people you line-manage, directly or through others, and what needs your attention this week.</p>
      <div className="nhsuk-button-group">
        <Link className="nhsuk-link" to="/team/compliance">
          Team compliance
        </Link>
        <Link className="nhsuk-link" to="/team/off">
          Who is off
        </Link>
      </div>
      <KeyFigureGroup columns={4}>
        <KeyFigure headingLevel={2} label="People" value={String(members.length)} />
        <KeyFigure headingLevel={2} label="Overdue" value={String(counts.overdue)} />
        <KeyFigure headingLevel={2} label="This week" value={String(counts['this-week'])} />
        <KeyFigure headingLevel={2} label="Coming up" value={String(counts['coming-up'])} />
      </KeyFigureGroup>
      <h2>This week</h2>
      <AttentionList items={attention} />
      <DataTable caption="Your team" columns={columns} data={members} getRowId={(m) => m.id} initialSorting={[{ id: 'displayName', desc: false }]} emptyMessage="Nobody reports to you." compact />
    </>
  );
}
