import type { ActionDto } from '@recordroom/contracts';
import { createDataTableColumnHelper, Tag } from '@recordroom/ui';
import { Link } from 'react-router';

const column = createDataTableColumnHelper<ActionDto>();

const STATUS = { open: { text: 'Open', colour: 'blue' }, 'in-progress': { text: 'In progress', colour: 'yellow' }, done: { text: 'Done', colour: 'green' } } as const;

/** The actions table's columns: every one sorts; the due date flags overdue actions in words. */
export const actionColumns = column.columns([
  column.accessor('dueDate', {
    header: 'Due',
    meta: { rowHeader: true },
    cell: (info) => (
      <span className="app-nowrap">
        {info.getValue()} {info.row.original.overdue && <Tag colour="red">Overdue</Tag>}
      </span>
    ),
  }),
  column.accessor('description', { header: 'Action', cell: (info) => <Link to={`/quality-audits/audits/${info.row.original.auditId}`}>{info.getValue()}</Link> }),
  column.accessor((a) => `${a.criterionId}: ${a.criterionText}`, { id: 'criterion', header: 'Criterion' }),
  column.accessor('templateName', { header: 'Audit' }),
  column.accessor('ownerName', { header: 'Owner' }),
  column.accessor('status', { header: 'Status', cell: (info) => <Tag colour={STATUS[info.getValue()].colour}>{STATUS[info.getValue()].text}</Tag> }),
  column.accessor('evidence', { header: 'Evidence', enableSorting: false }),
]);

const CSV_FIELDS: readonly (keyof ActionDto)[] = ['dueDate', 'overdue', 'status', 'description', 'criterionId', 'criterionText', 'templateName', 'ownerName', 'evidence'];

/** The rows as CSV (RFC 4180 quoting), a leading quote on text that a spreadsheet would run as a formula. */
export function actionsCsv(actions: readonly ActionDto[]): string {
  const cell = (value: unknown): string => {
    const text = String(value);
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return [CSV_FIELDS.join(','), ...actions.map((a) => CSV_FIELDS.map((f) => cell(a[f])).join(','))].join('\r\n') + '\r\n';
}
