import { DataTable } from '@recordroom/ui';
import { Link } from 'react-router';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { auditColumns } from '../columns';
import { useAuditEvents } from '../hooks/use-audit-events';
import { useAuditQuery } from '../hooks/use-audit-query';

/** /audit: who changed what and when, newest first; optionally for one record. */
export function AuditTrailPage() {
  usePageTitle('Audit trail');
  const { query, update, hrefWith } = useAuditQuery();
  const events = useAuditEvents(query);
  const forOneRecord = query.entityId !== '';

  return (
    <>
      <h1>Audit trail</h1>
      <p className="nhsuk-lede-text">Every change to records and every sign-in, newest first. Entries cannot be changed or removed.</p>
      {forOneRecord && (
        <p>
          Showing the history of one record. <Link to="/audit">Show all activity</Link>
        </p>
      )}
      {events.isPending && <LoadingMessage>Loading the audit trail…</LoadingMessage>}
      {events.isError && <ProblemMessage error={events.error} what="audit trail" onRetry={() => void events.refetch()} />}
      {events.data && (
        <DataTable
          caption={forOneRecord ? 'History of this record' : 'Activity'}
          columns={auditColumns}
          data={events.data.items}
          getRowId={(event) => event.id}
          manual
          rowCount={events.data.total}
          busy={events.isPlaceholderData}
          pagination={{ pageIndex: query.page - 1, pageSize: query.pageSize }}
          onPaginationChange={(next) => update({ page: next.pageIndex + 1 })}
          getPageHref={(pageIndex) => hrefWith({ page: pageIndex + 1 })}
          rowNoun={{ one: 'entry', other: 'entries' }}
          emptyMessage={<p>Nothing has been recorded yet.</p>}
        />
      )}
    </>
  );
}
