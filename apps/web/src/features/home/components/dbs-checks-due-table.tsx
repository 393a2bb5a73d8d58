import { DataTable } from '@recordroom/ui';
import { type DbsCheckDue } from '../../staff/api/types';
import { dbsDueColumns } from '../columns';

/** People whose DBS check the API reports as due for renewal (or missing), oldest first. */
export function DbsChecksDueTable({ due }: { due: DbsCheckDue[] }) {
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
