import { ActionLink } from '../../../shell/components/action-link';
import { type CurrentUser } from '../../auth/api/types';
import { KpiHomeSummary } from '../../kpi/components/kpi-home-summary';
import { DbsChecksDueTable } from './dbs-checks-due-table';
import { HeadlineFigures } from './headline-figures';
import { StaffSummaryLoader } from './staff-summary-loader';
import { TeamHeadcountTable } from './team-headcount-table';
import { WteByBandTable } from './wte-by-band-table';

/** The health records manager's home: their department's staffing at a glance. */
export function ManagerHome({ user }: { user: CurrentUser }) {
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
      <KpiHomeSummary scope={department} />
      <ActionLink to="/kpi/import">Import KPI events from the tracking system</ActionLink>
      <ActionLink to="/rota">Plan the rota and cover gaps</ActionLink>
      <ActionLink to="/rota-requests">Decide leave and swap requests</ActionLink>
      <ActionLink to="/staff">Find someone in the staff directory</ActionLink>
      <ActionLink to="/audit">See who changed what in the audit trail</ActionLink>
    </>
  );
}
