import type { CurrentUserDto } from '@recordroom/contracts';
import { KpiHomeSummaryLater } from './kpi-home-summary-later';
import { DbsChecksDueTable } from './dbs-checks-due-table';
import { HeadlineFigures } from './headline-figures';
import { HomeActions } from './home-actions';
import { StaffSummaryLoader } from './staff-summary-loader';
import { TeamHeadcountTable } from './team-headcount-table';
import { WteByBandTable } from './wte-by-band-table';

/** The health records manager's home: their department's staffing at a glance. */
export function ManagerHome({ user }: { user: CurrentUserDto }) {
  const department = user.departmentName ?? 'your department';
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">{user.organisationName}</span>
        {user.departmentName ?? 'Your department'}
      </h1>
      <StaffSummaryLoader>
        {(summary) => (
          <>
            <HeadlineFigures summary={summary} scope={department} />
            <div className="nhsuk-grid-row">
              <div className="nhsuk-grid-column-one-half">
                <WteByBandTable byBand={summary.byBand} />
              </div>
              <div className="nhsuk-grid-column-one-half">
                <TeamHeadcountTable byTeam={summary.byTeam} />
              </div>
            </div>
            <DbsChecksDueTable due={summary.dbsChecksDue} />
          </>
        )}
      </StaffSummaryLoader>
      <KpiHomeSummaryLater scope={department} />
      <HomeActions
        actions={[
          { to: '/rota', text: 'Plan the rota and cover gaps' },
          { to: '/rota-requests', text: 'Decide leave and swap requests' },
          { to: '/kpi/import', text: 'Import KPI events from the tracking system' },
          { to: '/staff', text: 'Find someone in the staff directory' },
          { to: '/audit', text: 'See who changed what in the audit trail' },
        ]}
      />
    </>
  );
}
