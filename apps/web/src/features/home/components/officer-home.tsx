import { KpiHomeSummaryLater } from './kpi-home-summary-later';
import { DbsChecksDueTable } from './dbs-checks-due-table';
import { HomeActions } from './home-actions';
import { LineReportsTable } from './line-reports-table';
import { StaffSummaryLoader } from './staff-summary-loader';

/** The health records officer's home: the people they manage and what is due for them. */
export function OfficerHome() {
  return (
    <>
      <h1>My team</h1>
      <LineReportsTable />
      <StaffSummaryLoader>{(summary) => <DbsChecksDueTable due={summary.dbsChecksDue} />}</StaffSummaryLoader>
      <KpiHomeSummaryLater scope="Your department" />
      <HomeActions
        actions={[
          { to: '/team', text: 'See what needs your attention this week: sickness, training, checks' },
          { to: '/rota', text: 'Plan the rota for your team and cover gaps' },
          { to: '/rota-requests', text: 'Decide leave and swap requests from your team' },
          { to: '/staff', text: 'Search and filter your team in the staff directory' },
        ]}
      />
    </>
  );
}
