import { Details } from '@recordroom/ui';
import { formatDuration } from '@recordroom/rota';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { formatPence } from '../../../format/format-pence';
import { dayAndMonth } from '../../rota/rota-labels';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canChangeBudget } from '../../auth/permissions';
import { useRotaCost } from '../hooks/use-rota-cost';
import { OnCallDutiesSection } from './on-call-duties-section';
import { bandLabel } from '../pay-vocabulary';

interface RotaCostSectionProps {
  periodId: string;
  /** The period's version: the cost is fetched again whenever the rota changes. */
  periodVersion: number;
}

/**
 * What the rota costs as planned, for those who hold the budget: the running total with its
 * parts (basic, unsocial-hours enhancements, overtime, on-call, on-costs), person by person and
 * day by day. The API costs it with @recordroom/pay; each change to the rota fetches it again.
 */
export function RotaCostSection({ periodId, periodVersion }: RotaCostSectionProps) {
  const cost = useRotaCost(periodId, periodVersion);
  const user = useSignedInUser();
  if (cost.isPending) return <LoadingMessage>Costing the rota…</LoadingMessage>;
  if (cost.isError) return <ProblemMessage error={cost.error} what="rota cost" headingLevel={2} onRetry={() => void cost.refetch()} />;
  const c = cost.data;
  return (
    <section className="nhsuk-card app-rota-cost" aria-labelledby="rota-cost-heading" aria-busy={cost.isPlaceholderData || undefined}>
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-s" id="rota-cost-heading">
          This rota costs <span id="rota-cost-total">{formatPence(c.totalPence)}</span>
        </h2>
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-2" role="status">
          Pay {formatPence(c.payPence)}: basic {formatPence(c.basicPence)}, unsocial hours {formatPence(c.enhancementsPence)}, overtime {formatPence(c.overtimePence)}
          {c.onCallPence > 0 ? `, on-call ${formatPence(c.onCallPence)}` : ''}; on-costs {formatPence(c.onCosts.totalLocalPence)} (employer NI {formatPence(c.onCosts.nationalInsurancePence)}, pension {formatPence(c.onCosts.pensionLocalPence)}, levy{' '}
          {formatPence(c.onCosts.apprenticeshipLevyPence)}).
        </p>
        <Details summary="The cost person by person, and the running total day by day" className="nhsuk-u-margin-bottom-0">
          <div className="nhsuk-table-container">
            <table className="nhsuk-table nhsuk-table--compact">
              <caption className="nhsuk-table__caption nhsuk-table__caption--s">The rota’s cost person by person, most first</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">Person</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Paid hours</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Basic</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Unsocial hours</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Overtime</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">On-call</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">On-costs</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Total</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {c.people.map((p) => (
                  <tr key={p.staffId} className="nhsuk-table__row">
                    <th scope="row" className="nhsuk-table__cell">
                      {p.name} <span className="nhsuk-u-secondary-text-colour app-nowrap">{bandLabel(p.band)}</span>
                    </th>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric app-nowrap">{formatDuration(p.paidMinutes)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(p.basicPence)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(p.enhancementsPence)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(p.overtimePence)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(p.onCallPence)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(p.onCosts.totalLocalPence)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(p.totalPence)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="nhsuk-table-container">
            <table className="nhsuk-table nhsuk-table--compact">
              <caption className="nhsuk-table__caption nhsuk-table__caption--s">Pay of the shifts day by day, with the running total (before on-call and on-costs)</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">Date</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Pay that day</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Running total</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {c.byDate.map((d) => (
                  <tr key={d.date} className="nhsuk-table__row">
                    <th scope="row" className="nhsuk-table__cell app-nowrap">
                      {dayAndMonth(d.date)}
                    </th>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(d.payPence)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(d.cumulativePayPence)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Details>
        <OnCallDutiesSection key={periodId} duties={c.onCallDuties} canLog={canChangeBudget(user)} />
      </div>
    </section>
  );
}
