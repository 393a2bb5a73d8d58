import type { SolvePersonChangesDto } from '@recordroom/contracts';
import { createDataTableColumnHelper, DataTable, Details } from '@recordroom/ui';
import { useState } from 'react';
import { useSolveChanges } from '../hooks/use-auto-roster';
import { dayChange, formatPoints, ruleName } from '../solve-explanation';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';

const column = createDataTableColumnHelper<SolvePersonChangesDto>();
const PAGE_SIZE = 10;
const days = (n: number): string => (n === 1 ? '1 day' : `${n} days`);

const columns = column.columns([
  column.accessor('name', { header: 'Person', enableSorting: false, meta: { rowHeader: true } }),
  column.accessor('on', { header: 'Put on', enableSorting: false, meta: { numeric: true } }),
  column.accessor('off', { header: 'Taken off', enableSorting: false, meta: { numeric: true } }),
  column.accessor('moved', { header: 'Moved', enableSorting: false, meta: { numeric: true } }),
  column.display({
    id: 'penalty',
    header: 'Penalty after',
    cell: ({ row }) => (row.original.softPenalty > 0 ? `${formatPoints(row.original.softPenalty)} points${row.original.mainRuleId ? `, most from ${ruleName(row.original.mainRuleId)}` : ''}` : 'None'),
  }),
  column.display({
    id: 'changes',
    header: 'Changes',
    cell: ({ row }) => (
      <Details summary={`Show ${days(row.original.changes.length)}`}>
        <ul className="nhsuk-list nhsuk-body-s">
          {row.original.changes.map((c) => (
            <li key={`${c.date}-${c.from?.assignmentId ?? ''}-${c.to?.shiftId ?? ''}`}>{dayChange(c)}</li>
          ))}
        </ul>
      </Details>
    ),
  }),
]);

/** The preview's changes person by person, ten people a page from the API, each person's days to open. */
export function SolveChangesTable({ solveId, people }: { solveId: string; people: number }) {
  const [pageIndex, setPageIndex] = useState(0);
  const changes = useSolveChanges(solveId, { page: pageIndex + 1, pageSize: PAGE_SIZE });
  if (people === 0) return <p>Nothing on the rota would change.</p>;
  if (changes.isError) return <ProblemMessage error={changes.error} what="changes" onRetry={() => void changes.refetch()} />;
  if (!changes.data) return <LoadingMessage>Loading the changes…</LoadingMessage>;
  return (
    <DataTable
      id="autoroster-changes"
      caption="Changes by person"
      captionSize="s"
      columns={columns}
      data={changes.data.items}
      getRowId={(p) => p.staffId}
      manual
      rowCount={changes.data.total}
      busy={changes.isPlaceholderData}
      pagination={{ pageIndex, pageSize: PAGE_SIZE }}
      onPaginationChange={(next) => setPageIndex(next.pageIndex)}
      rowNoun={{ one: 'person', other: 'people' }}
      compact
    />
  );
}
