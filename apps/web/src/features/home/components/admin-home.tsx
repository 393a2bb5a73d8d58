import { ActionLink } from '../../../shell/components/action-link';
import { type CurrentUser } from '../../auth/api/types';
import { HeadlineFigures } from './headline-figures';
import { OrganisationStructure } from './organisation-structure';
import { StaffSummaryLoader } from './staff-summary-loader';

/** The administrator's home: the organisation at a glance and the audit trail. */
export function AdminHome({ user }: { user: CurrentUser }) {
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">Organisation overview</span>
        {user.organisationName}
      </h1>
      <StaffSummaryLoader>{(summary) => <HeadlineFigures summary={summary} scope={user.organisationName} />}</StaffSummaryLoader>
      <OrganisationStructure />
      <ActionLink to="/audit">See who changed what in the audit trail</ActionLink>
      <ActionLink to="/staff">Find someone in the staff directory</ActionLink>
    </>
  );
}
