import type { AuditEventDto } from '@recordroom/contracts';
import { createDataTableColumnHelper, Tag } from '@recordroom/ui';
import { formatDateTime } from '../../format/format-date';
import { actionTag } from './audit-labels';
import { AuditChanges } from './components/audit-changes';
import { AuditRecordLink } from './components/audit-record-link';

const column = createDataTableColumnHelper<AuditEventDto>();

/** The audit trail's columns; the API returns events newest first, so none sorts. */
export const auditColumns = column.columns([
  column.accessor('occurredAt', {
    header: 'When',
    enableSorting: false,
    meta: { rowHeader: true },
    cell: (info) => <span className="app-nowrap">{formatDateTime(info.getValue())}</span>,
  }),
  column.accessor('actorName', { header: 'Who', enableSorting: false }),
  column.accessor('action', {
    header: 'What',
    enableSorting: false,
    cell: (info) => {
      const tag = actionTag(info.getValue());
      return <Tag colour={tag.colour}>{tag.text}</Tag>;
    },
  }),
  column.display({ id: 'record', header: 'Record', cell: (info) => <AuditRecordLink event={info.row.original} /> }),
  column.display({ id: 'changes', header: 'Changes', cell: (info) => <AuditChanges event={info.row.original} /> }),
]);
