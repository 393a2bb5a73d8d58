import type { CurrentUserDto } from '@recordroom/contracts';
import { ActionLink } from '../../../shell/components/action-link';
import { KpiHomeSummaryLater } from './kpi-home-summary-later';
import { HeadlineFigures } from './headline-figures';
import { StaffSummaryLoader } from './staff-summary-loader';
import { TeamHeadcountTable } from './team-headcount-table';
import { WteByBandTable } from './wte-by-band-table';

/** Senior management's home: the organisation's health records staffing, read-only. */
export function SeniorHome({ user }: { user: CurrentUserDto }) {
  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">Health records staffing</span>
        {user.organisationName}
      </h1>
      <ActionLink to="/kpi">See the records service KPIs for a board paper</ActionLink>
      <KpiHomeSummaryLater scope={user.organisationName} />
      <StaffSummaryLoader>
        {(summary) => (
          <>
            <HeadlineFigures summary={summary} scope={user.organisationName} />
            <div className="nhsuk-grid-row">
              <div className="nhsuk-grid-column-one-half">
                <WteByBandTable byBand={summary.byBand} />
              </div>
              <div className="nhsuk-grid-column-one-half">
                <TeamHeadcountTable byTeam={summary.byTeam} />
              </div>
            </div>
          </>
        )}
      </StaffSummaryLoader>
      <ActionLink to="/staff">Look up staff in the directory</ActionLink>
    </>
  );
}
