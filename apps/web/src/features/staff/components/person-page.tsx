import { Link, useLocation, useParams } from 'react-router';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { SuccessBanner } from '../../../shell/components/success-banner';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canEditStaffMember, canReadAuditTrail, canSeePayOf } from '../../auth/permissions';
import { PayViewSection } from '../../pay/components/pay-view-section';
import { STAFF_AUDIT_ENTITY_TYPE } from '../../audit/audit-entity-types';
import { useStaffMember } from '../hooks/use-staff-member';
import { PersonSummary } from './person-summary';

function justSaved(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { saved?: unknown }).saved === true;
}

/** /staff/:staffId: one person's record, with the way to change it for those who may. */
export function PersonPage() {
  const { staffId = '' } = useParams();
  const user = useSignedInUser();
  const location = useLocation();
  const person = useStaffMember(staffId);
  usePageTitle(person.data?.displayName ?? 'Staff record');

  if (person.isPending) return <LoadingMessage>Loading staff record…</LoadingMessage>;
  if (person.isError) {
    return (
      <>
        <h1>Staff record</h1>
        <ProblemMessage error={person.error} what="staff record" onRetry={() => void person.refetch()} />
      </>
    );
  }

  const record = person.data;
  const auditHref = `/audit?${new URLSearchParams({ entityType: STAFF_AUDIT_ENTITY_TYPE, entityId: record.id }).toString()}`;
  return (
    <>
      {justSaved(location.state) && <SuccessBanner heading={`Changes to ${record.displayName}’s record saved`} />}
      <h1>
        <span className="nhsuk-caption-l">{record.jobTitle}</span>
        {record.displayName}
      </h1>
      <PersonSummary person={record} linkLineManager={user.role !== 'staff'} />
      {canSeePayOf(user, record.id) && <PayViewSection staffId={record.id === user.staffMemberId ? null : record.id} whose={record.id === user.staffMemberId ? 'Your' : `${record.displayName}’s`} />}
      <div className="nhsuk-button-group">
        {canEditStaffMember(user, record.id) && (
          <Link className="nhsuk-button" to={`/staff/${encodeURIComponent(record.id)}/edit`}>
            Change details
          </Link>
        )}
        {canReadAuditTrail(user) && (
          <Link className="nhsuk-link" to={auditHref}>
            View the history of changes
          </Link>
        )}
      </div>
    </>
  );
}
