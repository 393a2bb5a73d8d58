import type { KpiImportDto } from '@recordroom/contracts';
import { createDataTableColumnHelper, DataTable } from '@recordroom/ui';
import { formatDateTime } from '../../../format/format-date';
import { formatNumber } from '../../../format/format-number';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { useKpiImports } from '../hooks/use-kpi-imports';
import { IMPORT_KIND_LABELS } from '../kpi-vocabulary';

const column = createDataTableColumnHelper<KpiImportDto>();
const columns = column.columns([
  column.accessor('createdAt', { header: 'Imported', cell: (info) => <span className="app-nowrap">{formatDateTime(info.getValue())}</span> }),
  column.accessor('fileName', { header: 'File', enableSorting: false, cell: (info) => info.getValue() ?? 'Not named' }),
  column.accessor('kind', { header: 'Events', enableSorting: false, cell: (info) => IMPORT_KIND_LABELS[info.getValue()] ?? info.getValue() }),
  column.accessor('linesRead', { header: 'Lines', enableSorting: false, meta: { numeric: true }, cell: (info) => formatNumber(info.getValue()) }),
  column.accessor('inserted', { header: 'New', enableSorting: false, meta: { numeric: true }, cell: (info) => formatNumber(info.getValue()) }),
  column.accessor('alreadyPresent', { header: 'Already there', enableSorting: false, meta: { numeric: true }, cell: (info) => formatNumber(info.getValue()) }),
]);

/** The department's recent imports, newest first, as GET /api/kpi/imports lists them. */
export function RecentImportsTable({ departmentId }: { departmentId: string }) {
  const imports = useKpiImports(departmentId);
  if (imports.isPending) return <LoadingMessage>Loading recent imports…</LoadingMessage>;
  if (imports.isError) return <ProblemMessage error={imports.error} what="list of recent imports" onRetry={() => void imports.refetch()} />;
  return (
    <DataTable
      caption="Recent imports"
      columns={columns}
      data={imports.data}
      getRowId={(row) => row.id}
      compact
      initialPagination={{ pageIndex: 0, pageSize: 10 }}
      rowNoun={{ one: 'import', other: 'imports' }}
      emptyMessage={<p>No files have been imported yet.</p>}
    />
  );
}
