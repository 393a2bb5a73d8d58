import { Details } from '@recordroom/ui';
import type { BandCostDto } from '@recordroom/contracts';
import { Bar, CartesianGrid, ComposedChart, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPence } from '../../../format/format-pence';
import { bandLabel, PAY_COLOURS, wteLabel } from '../pay-vocabulary';
import { ChartKey } from './chart-key';

interface CostByBandChartProps {
  bands: BandCostDto[];
  id: string;
  title: string;
}

/**
 * The full-year cost of the posts on each band, stacked: basic pay, employer NI, employer pension
 * (the trust's part) and the Apprenticeship Levy, with the band's budget marked beside it. The
 * figures are the API's (costByBand); the table under the chart lists them.
 */
export function CostByBandChart({ bands, id, title }: CostByBandChartProps) {
  const rows = bands.map((b) => ({
    band: bandLabel(b.band),
    basic: b.basicPence / 100,
    nationalInsurance: b.nationalInsurancePence / 100,
    pension: b.pensionLocalPence / 100,
    levy: b.apprenticeshipLevyPence / 100,
    budget: b.budgetPence / 100,
  }));
  const total = bands.reduce((sum, b) => sum + b.totalPence, 0);
  const biggest = [...bands].sort((a, b) => b.totalPence - a.totalPence)[0];
  const over = bands.filter((b) => b.totalPence > b.budgetPence).map((b) => bandLabel(b.band));
  const summary = `${formatPence(total)} a year for the posts in post, on ${bands.length} band${bands.length === 1 ? '' : 's'}${biggest ? `; the most on ${bandLabel(biggest.band)} (${formatPence(biggest.totalPence)})` : ''}. ${over.length === 0 ? 'Every band costs no more than its budget.' : `${over.join(', ')} cost${over.length === 1 ? 's' : ''} more than ${over.length === 1 ? 'its' : 'their'} budget.`}`;
  return (
    <section className="nhsuk-u-margin-bottom-6" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1" id={`${id}-title`}>
        {title}
      </h3>
      <p className="nhsuk-body-s" id={`${id}-summary`}>
        {summary}
      </p>
      <div style={{ width: '100%', height: 280 }}>
        <ResponsiveContainer width="100%" height={280}>
          <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 16 }} title={title} desc={summary}>
            <CartesianGrid stroke="#d8dde0" vertical={false} />
            <XAxis dataKey="band" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={(pounds: number) => formatPence(pounds * 100, { wholePounds: true })} width={88} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => formatPence(Math.round(Number(value) * 100))} />
            <Bar dataKey="basic" name="Basic pay" stackId="cost" fill={PAY_COLOURS.basic} isAnimationActive={false} />
            <Bar dataKey="nationalInsurance" name="Employer NI" stackId="cost" fill={PAY_COLOURS.nationalInsurance} isAnimationActive={false} />
            <Bar dataKey="pension" name="Employer pension" stackId="cost" fill={PAY_COLOURS.pension} isAnimationActive={false} />
            <Bar dataKey="levy" name="Apprenticeship Levy" stackId="cost" fill={PAY_COLOURS.levy} isAnimationActive={false} />
            <Scatter dataKey="budget" name="Budget" fill={PAY_COLOURS.budget} shape="diamond" isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartKey
        items={[
          { label: 'Basic pay', colour: PAY_COLOURS.basic },
          { label: 'Employer National Insurance', colour: PAY_COLOURS.nationalInsurance },
          { label: 'Employer pension (trust’s part)', colour: PAY_COLOURS.pension },
          { label: 'Apprenticeship Levy', colour: PAY_COLOURS.levy },
          { label: 'Budget (diamond)', colour: PAY_COLOURS.budget },
        ]}
      />
      <Details summary={<>Show the figures band by band<span className="nhsuk-u-visually-hidden"> for {title}</span></>} textClassName="nhsuk-table-container">
        <table className="nhsuk-table nhsuk-table--compact">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">{title}: band by band</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">Band</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">WTE in post</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Basic pay</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Employer NI</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Pension</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Levy</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Full-year cost</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Budget</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {bands.map((b) => (
              <tr key={b.band} className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__cell app-nowrap">
                  {bandLabel(b.band)}
                </th>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{wteLabel(b.wte)}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(b.basicPence)}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(b.nationalInsurancePence)}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(b.pensionLocalPence)}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(b.apprenticeshipLevyPence)}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(b.totalPence)}</td>
                <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(b.budgetPence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Details>
    </section>
  );
}
