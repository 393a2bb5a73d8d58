import type { CurrentUserDto } from '@recordroom/contracts';
import { ActionLink } from '../../../shell/components/action-link';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { PersonSummary } from '../../staff/components/person-summary';
import { useStaffMember } from '../../staff/hooks/use-staff-member';

/** A staff member's home: their own record. */
export function StaffHome({ user }: { user: CurrentUserDto }) {
  const person = useStaffMember(user.staffMemberId ?? undefined);
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">{user.displayName}</span>
        My details
      </h1>
      {user.staffMemberId === null ? (
        <p>Your account is not linked to a staff record yet. Ask your line manager or an administrator to link it.</p>
      ) : person.isPending ? (
        <LoadingMessage>Loading your details…</LoadingMessage>
      ) : person.isError ? (
        <ProblemMessage error={person.error} what="record of your details" onRetry={() => void person.refetch()} />
      ) : (
        <>
          <PersonSummary person={person.data} linkLineManager={false} />
          <p>If any of these details are wrong, tell your line manager.</p>
          <ActionLink to="/my-rota">See my shifts, request leave and get my calendar feed</ActionLink>
        </>
      )}
    </>
  );
}
