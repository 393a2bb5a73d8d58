import type { DbsCheckDueDto } from '@recordroom/contracts';
import { DataTable } from '@recordroom/ui';
import { dbsDueColumns } from '../columns';

/** People whose DBS check the API reports as due for renewal (or missing), oldest first. */
export function DbsChecksDueTable({ due }: { due: DbsCheckDueDto[] }) {
  return (
    <DataTable
      caption="DBS checks due for renewal"
      columns={dbsDueColumns}
      data={due}
      getRowId={(row) => row.id}
      initialSorting={[{ id: 'dbsCheckDate', desc: false }]}
      initialPagination={{ pageIndex: 0, pageSize: 10 }}
      rowNoun={{ one: 'person', other: 'people' }}
      emptyMessage={<p>No DBS checks are due. Everyone has a check on file that is in date.</p>}
    />
  );
}
