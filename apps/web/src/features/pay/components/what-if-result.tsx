import type { WhatIfResultDto } from '@recordroom/contracts';
import { formatPence, formatPenceChange } from '../../../format/format-pence';

function against(variance: number): string {
  return variance >= 0 ? `${formatPence(variance)} under budget` : `${formatPence(-variance)} over budget`;
}

/** Today and the changes side by side, as the API answered (whatIf): full-year cost with on-costs, forecast outturn against budget. */
export function WhatIfResult({ result }: { result: WhatIfResultDto }) {
  const { today, scenario, difference } = result;
  const rows = [
    { label: 'Full-year cost of the posts, with on-costs', today: formatPence(today.fullYearCostPence), scenario: formatPence(scenario.fullYearCostPence), change: formatPenceChange(difference.fullYearCostPence) },
    { label: `Forecast outturn to March ${result.financialYear.slice(0, 2)}${result.financialYear.slice(5, 7)}`, today: formatPence(today.outturn.outturnPence), scenario: formatPence(scenario.outturn.outturnPence), change: formatPenceChange(difference.outturnPence) },
    { label: 'Budget', today: formatPence(today.outturn.budgetPence), scenario: formatPence(scenario.outturn.budgetPence), change: formatPenceChange(scenario.outturn.budgetPence - today.outturn.budgetPence) },
    { label: 'Forecast against budget', today: against(today.outturn.variancePence), scenario: against(scenario.outturn.variancePence), change: formatPenceChange(difference.variancePence) },
  ];
  return (
    <div className="nhsuk-u-margin-top-4">
      <p className="nhsuk-body-l" role="status">
        With these changes the posts cost {formatPence(scenario.fullYearCostPence)} a year ({formatPenceChange(difference.fullYearCostPence)}), and the year is forecast at {formatPence(scenario.outturn.outturnPence)}: {against(scenario.outturn.variancePence)}.
      </p>
      <div className="nhsuk-table-container">
        <table className="nhsuk-table" id="what-if-result">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">Today and with the changes, {result.financialYear}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                <span className="nhsuk-u-visually-hidden">Figure</span>
              </th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Today</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">With the changes</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Difference</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((row) => (
              <tr key={row.label} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__cell">
                  {row.label}
                </th>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{row.today}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{row.scenario}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{row.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="nhsuk-body-s">Nothing has been changed: this is what the budget would look like. A new post counts in the forecast from its first month; months with spend recorded keep it.</p>
    </div>
  );
}
