import { DataTable } from '@recordroom/ui';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { useLineReports } from '../../staff/hooks/use-line-reports';
import { lineReportColumns } from '../columns';

/** The officer's line-reports, each linking to their record. */
export function LineReportsTable() {
  const reports = useLineReports();
  if (reports.isPending) return <LoadingMessage>Loading your team…</LoadingMessage>;
  if (reports.isError) return <ProblemMessage error={reports.error} what="list of your team" onRetry={() => void reports.refetch()} />;
  return (
    <DataTable
      caption="People you manage"
      columns={lineReportColumns}
      data={reports.data.items}
      getRowId={(person) => person.id}
      initialSorting={[{ id: 'lastName', desc: false }]}
      initialPagination={{ pageIndex: 0, pageSize: 25 }}
      rowNoun={{ one: 'person', other: 'people' }}
      emptyMessage={<p>Nobody reports to you in Recordroom. If that is wrong, ask your health records manager to set you as their line manager.</p>}
    />
  );
}
