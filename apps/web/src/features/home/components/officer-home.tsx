import { ActionLink } from '../../../shell/components/action-link';
import { KpiHomeSummary } from '../../kpi/components/kpi-home-summary';
import { DbsChecksDueTable } from './dbs-checks-due-table';
import { LineReportsTable } from './line-reports-table';
import { StaffSummaryLoader } from './staff-summary-loader';

/** The health records officer's home: the people they manage and what is due for them. */
export function OfficerHome() {
  return (
    <>
      <h1>My team</h1>
      <LineReportsTable />
      <StaffSummaryLoader>{(summary) => <DbsChecksDueTable due={summary.dbsChecksDue} />}</StaffSummaryLoader>
      <KpiHomeSummary scope="Your department" />
      <ActionLink to="/rota-requests">Decide leave and swap requests from your team</ActionLink>
      <ActionLink to="/staff">Search and filter your team in the staff directory</ActionLink>
    </>
  );
}
