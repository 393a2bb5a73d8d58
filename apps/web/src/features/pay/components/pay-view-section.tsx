import type { PayViewDto } from '@recordroom/contracts';
import { formatDuration } from '@recordroom/rota';
import { Details, SummaryList } from '@recordroom/ui';
import { formatPence } from '../../../format/format-pence';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { dayAndMonth } from '../../rota/rota-labels';
import { usePayView } from '../hooks/use-pay-view';
import { bandLabel, wteLabel } from '../pay-vocabulary';

interface PayViewSectionProps {
  /** Whose pay: null for one's own. */
  staffId: string | null;
  /** Words for the person: "Your" on one's own pages, their name elsewhere. */
  whose: string;
  headingLevel?: 2 | 3;
}

function yearsText(years: number): string {
  return years === 0 ? 'on appointment' : `after ${years} year${years === 1 ? '' : 's'} on the band`;
}

/**
 * A person's pay as the API works it out: salary at their point, pro rata to their contract, the
 * hourly rate, the points of their band and when each is due, and the pay of their shifts and
 * on-call in the rota period running today. Before tax and deductions.
 */
export function PayViewSection({ staffId, whose, headingLevel = 2 }: PayViewSectionProps) {
  const pay = usePayView(staffId);
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <section aria-labelledby="pay-heading" className="nhsuk-u-margin-bottom-6">
      <Heading id="pay-heading">{whose} pay</Heading>
      {pay.isPending && <LoadingMessage>Loading pay…</LoadingMessage>}
      {pay.isError && <ProblemMessage error={pay.error} what="pay" headingLevel={3} onRetry={() => void pay.refetch()} />}
      {pay.data && <PayViewDetails view={pay.data} Sub={Sub} />}
    </section>
  );
}

function PayViewDetails({ view, Sub }: { view: PayViewDto; Sub: 'h3' | 'h4' }) {
  const next = view.progression.find((p) => p.point === view.payPoint + 1);
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Band and pay point', value: `${bandLabel(view.band)}, point ${view.payPoint} of ${view.progression.length}` },
          { key: 'Full-time salary', value: `${formatPence(view.annualSalaryPence)} a year (${view.payTable.year} pay scales)` },
          { key: 'Contract', value: `${view.contractedHoursPerWeek} hours a week (${wteLabel(view.wte)} WTE): ${formatPence(view.annualPayPence)} a year basic pay` },
          { key: 'Hourly rate', value: `${formatPence(view.hourlyRatePence)} (annual salary ÷ 1,955.4 hours)` },
          { key: 'Next pay point', value: next ? `Point ${next.point}, ${formatPence(next.annualSalaryPence)} full time, due ${yearsText(next.yearsOnBand)}, subject to the pay-progression standards` : 'You are at the top of your band' },
        ]}
      />
      <Details summary={<>The points of {bandLabel(view.band)} in {view.payTable.year}</>} textClassName="nhsuk-table-container">
        <table className="nhsuk-table nhsuk-table--compact">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">{bandLabel(view.band)} pay points, {view.payTable.year}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">Point</th>
              <th scope="col" className="nhsuk-table__header">Due</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Full-time salary</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Hourly rate</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {view.progression.map((p) => (
              <tr key={p.point} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__cell">
                  {p.point}
                  {p.current && <strong> (current)</strong>}
                </th>
                <td className="nhsuk-table__cell">{yearsText(p.yearsOnBand)}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(p.annualSalaryPence)}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(p.hourlyRatePence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Details>
      {view.period === null ? (
        <p>No published rota covers today, so there are no shifts to price yet.</p>
      ) : (
        <>
          <Sub className="nhsuk-heading-s">
            This rota: {view.period.name}
          </Sub>
          <p>
            Pay for the shifts and on-call in this rota: <strong>{formatPence(view.period.payPence)}</strong> (basic {formatPence(view.period.basicPence)}, unsocial hours {formatPence(view.period.enhancementsPence)}, overtime{' '}
            {formatPence(view.period.overtimePence)}, on-call {formatPence(view.period.onCall.totalPence)}), before tax and deductions.
          </p>
          {view.period.onCall.sessions > 0 && (
            <p>
              On call {view.period.onCall.sessions} time{view.period.onCall.sessions === 1 ? '' : 's'}: availability {formatPence(view.period.onCall.availabilityPence)}; called out {view.period.onCall.callOuts} time
              {view.period.onCall.callOuts === 1 ? '' : 's'} for {formatDuration(view.period.onCall.callOutMinutes)}, {formatPence(view.period.onCall.callOutsPence)}.
            </p>
          )}
          {view.period.shifts.length > 0 && (
            <div className="nhsuk-table-container">
              <table className="nhsuk-table nhsuk-table--compact">
                <caption className="nhsuk-table__caption nhsuk-table__caption--s">Shifts in this rota and their pay</caption>
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    <th scope="col" className="nhsuk-table__header">Shift</th>
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Paid</th>
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Basic</th>
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Unsocial hours</th>
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Overtime</th>
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Total</th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {view.period.shifts.map((s) => (
                    <tr key={`${s.date}|${s.shiftTypeCode}|${s.start}`} className="nhsuk-table__row">
                      <th scope="row" className="nhsuk-table__cell">
                        <span className="app-nowrap">{dayAndMonth(s.date)}</span> {s.shiftTypeName} {s.start}–{s.end}
                      </th>
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric app-nowrap">{formatDuration(s.paidMinutes)}</td>
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(s.basicPence)}</td>
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(s.enhancementsPence)}</td>
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(s.overtimePence)}</td>
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(s.totalPence)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
