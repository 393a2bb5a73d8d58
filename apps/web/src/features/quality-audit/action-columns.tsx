import type { ActionDto } from '@recordroom/contracts';
import { createDataTableColumnHelper, Tag } from '@recordroom/ui';
import { Link } from 'react-router';
import { csvCell } from '../../format/csv-cell';
import { formatShortDate } from '../../format/format-date';

const column = createDataTableColumnHelper<ActionDto>();

export const ACTION_STATUS = { open: { text: 'Open', colour: 'blue' }, 'in-progress': { text: 'In progress', colour: 'yellow' }, done: { text: 'Done', colour: 'green' } } as const;

/** The actions table's columns: every one sorts; the due date flags overdue actions in words. */
export const actionColumns = column.columns([
  column.accessor('dueDate', {
    header: 'Due',
    meta: { rowHeader: true },
    cell: (info) => (
      <span className="app-nowrap">
        {formatShortDate(info.getValue())} {info.row.original.overdue && <Tag colour="red">Overdue</Tag>}
      </span>
    ),
  }),
  column.accessor('description', { header: 'Action', cell: (info) => <Link to={`/quality-audits/audits/${info.row.original.auditId}`}>{info.getValue()}</Link> }),
  column.accessor((a) => `${a.criterionId}: ${a.criterionText}`, { id: 'criterion', header: 'Criterion' }),
  column.accessor('templateName', { header: 'Audit' }),
  column.accessor('ownerName', { header: 'Owner' }),
  column.accessor('status', { header: 'Status', cell: (info) => <Tag colour={ACTION_STATUS[info.getValue()].colour}>{ACTION_STATUS[info.getValue()].text}</Tag> }),
  column.accessor('evidence', { header: 'Evidence', enableSorting: false }),
]);

const CSV_FIELDS: readonly (keyof ActionDto)[] = ['dueDate', 'overdue', 'status', 'description', 'criterionId', 'criterionText', 'templateName', 'ownerName', 'evidence'];

/** The rows as CSV, machine-readable (field names, ISO dates) for a spreadsheet or another system. */
export function actionsCsv(actions: readonly ActionDto[]): string {
  return [CSV_FIELDS.join(','), ...actions.map((a) => CSV_FIELDS.map((f) => csvCell(a[f])).join(','))].join('\r\n') + '\r\n';
}
