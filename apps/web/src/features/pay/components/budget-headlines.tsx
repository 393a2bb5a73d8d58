import type { EstablishmentDto, ForecastDto } from '@recordroom/contracts';
import { KeyFigure, KeyFigureGroup } from '@recordroom/ui';
import { formatPence } from '../../../format/format-pence';
import { wteLabel } from '../pay-vocabulary';

/** The year at a glance: budget, forecast against it, what the posts cost, and vacancies. */
export function BudgetHeadlines({ establishment, forecast }: { establishment: EstablishmentDto; forecast: ForecastDto }) {
  const { outturn } = forecast;
  const variance = outturn.variancePence;
  return (
    <KeyFigureGroup columns={2}>
      <KeyFigure label="Pay budget" value={formatPence(outturn.budgetPence, { wholePounds: true })} description={`${establishment.financialYear}, basic pay and on-costs`} headingLevel={2} />
      <KeyFigure
        label="Forecast outturn"
        value={formatPence(outturn.outturnPence, { wholePounds: true })}
        description={variance >= 0 ? `${formatPence(variance, { wholePounds: true })} under budget` : `${formatPence(-variance, { wholePounds: true })} over budget`}
        headingLevel={2}
      />
      <KeyFigure label="Posts in post, full year" value={formatPence(forecast.fullYearCostPence, { wholePounds: true })} description={`With on-costs; ${formatPence(forecast.substantiveRunRatePence, { wholePounds: true })} a month`} headingLevel={2} />
      <KeyFigure
        label="Vacant posts"
        value={`${wteLabel(Math.max(0, establishment.totals.vacancyWte))} WTE`}
        description={establishment.totals.vacancyPercent === null ? 'No posts funded' : `${establishment.totals.vacancyPercent.toLocaleString('en-GB')}% of ${wteLabel(establishment.totals.fundedWte)} funded WTE`}
        headingLevel={2}
      />
    </KeyFigureGroup>
  );
}
