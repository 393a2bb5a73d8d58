import { useParams } from 'react-router';
import { BackLink } from '../../../shell/components/back-link';
import { ForbiddenPage } from '../../../shell/components/forbidden-page';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canEditStaffMember } from '../../auth/permissions';
import { useOrganisation } from '../../organisation/hooks/use-organisation';
import { useStaffMember } from '../hooks/use-staff-member';
import { PersonEditForm } from './person-edit-form';

/** /staff/:staffId/edit: change a staff record (admins, managers, and officers for their line). */
export function EditPersonPage() {
  const { staffId = '' } = useParams();
  const user = useSignedInUser();
  const person = useStaffMember(staffId);
  const organisation = useOrganisation();

  if (!canEditStaffMember(user, staffId)) return <ForbiddenPage />;
  if (person.isPending || organisation.isPending) return <LoadingMessage>Loading staff record…</LoadingMessage>;
  if (person.isError) return <ProblemMessage error={person.error} what="staff record" onRetry={() => void person.refetch()} headingLevel={1} />;
  if (organisation.isError) return <ProblemMessage error={organisation.error} what="list of teams" onRetry={() => void organisation.refetch()} headingLevel={1} />;

  const record = person.data;
  const teams = organisation.data.teams.filter((team) => team.departmentId === record.departmentId);
  return (
    <>
      <div className="nhsuk-u-margin-bottom-5">
        <BackLink to={`/staff/${encodeURIComponent(record.id)}`}>{`Back to ${record.displayName}`}</BackLink>
      </div>
      <PersonEditForm
        // A newer version (after "someone else changed this record") opens a fresh form on it.
        key={record.version}
        person={record}
        teams={teams}
        onReload={() => void person.refetch()}
        reloading={person.isFetching}
      />
    </>
  );
}
