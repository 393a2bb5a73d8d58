import type { CurrentUserDto } from '@recordroom/contracts';
import { HeadlineFigures } from './headline-figures';
import { HomeActions } from './home-actions';
import { OrganisationStructure } from './organisation-structure';
import { StaffSummaryLoader } from './staff-summary-loader';

/** The administrator's home: the organisation at a glance and the audit trail. */
export function AdminHome({ user }: { user: CurrentUserDto }) {
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">Organisation overview</span>
        {user.organisationName}
      </h1>
      <StaffSummaryLoader>{(summary) => <HeadlineFigures summary={summary} scope={user.organisationName} />}</StaffSummaryLoader>
      <OrganisationStructure />
      <HomeActions
        actions={[
          { to: '/audit', text: 'See who changed what in the audit trail' },
          { to: '/staff', text: 'Find someone in the staff directory' },
        ]}
      />
    </>
  );
}
