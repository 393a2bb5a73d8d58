import type { OutturnDto } from '@recordroom/contracts';
import { Details, Radios } from '@recordroom/ui';
import { useState } from 'react';
import { Bar, CartesianGrid, Cell, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPence } from '../../../format/format-pence';
import { monthLabel, PAY_COLOURS } from '../pay-vocabulary';
import { ChartKey } from './chart-key';

interface SpendAgainstBudgetChartProps {
  outturn: OutturnDto;
  id: string;
  title: string;
}

interface Row {
  month: string;
  budget: number;
  actual: number | null;
  forecast: number | null;
}

interface MonthRow {
  month: string;
  budget: number;
  substantive: number;
  bank: number;
  agency: number;
  forecast: boolean;
}

type View = 'monthly' | 'cumulative';

const PART_LABELS = { substantive: 'Substantive', bank: 'Bank', agency: 'Agency' } as const;
const PART_COLOURS = { substantive: PAY_COLOURS.actual, bank: PAY_COLOURS.pension, agency: PAY_COLOURS.levy } as const;

/**
 * Spend against budget through the year, month by month (substantive, bank and agency stacked,
 * the months still to come paler, against the budget's twelfth) or cumulative (recorded months
 * solid, the forecast to March dashed from the last recorded month, the budget phased in
 * twelfths). The figures are the API's (forecastOutturn); the table under the chart lists them.
 */
export function SpendAgainstBudgetChart({ outturn, id, title }: SpendAgainstBudgetChartProps) {
  const [view, setView] = useState<View>('monthly');
  const monthly: MonthRow[] = outturn.months.map((m) => {
    const spend = m.actual ?? m.forecast;
    return { month: m.month, budget: m.budgetPence / 100, substantive: (spend?.substantivePence ?? 0) / 100, bank: (spend?.bankPence ?? 0) / 100, agency: (spend?.agencyPence ?? 0) / 100, forecast: m.actual === null };
  });
  const lastActual = outturn.months.reduce((last, m, index) => (m.actual ? index : last), -1);
  const rows: Row[] = outturn.months.map((m, index) => ({
    month: m.month,
    budget: m.cumulativeBudgetPence / 100,
    actual: index <= lastActual && m.actual ? m.cumulativeSpendPence / 100 : null,
    // The forecast line starts where the actuals end, so the two join.
    forecast: index >= lastActual && (m.forecast || index === lastActual) ? m.cumulativeSpendPence / 100 : null,
  }));
  const variance = outturn.variancePence;
  const summary = `Budget for the year ${formatPence(outturn.budgetPence)}; spent to date ${formatPence(outturn.actualToDatePence)} over ${lastActual + 1} month${lastActual === 0 ? '' : 's'}; forecast outturn ${formatPence(outturn.outturnPence)}, ${variance >= 0 ? `${formatPence(variance)} under budget` : `${formatPence(-variance)} over budget`}.`;
  return (
    <section className="nhsuk-u-margin-bottom-6" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1" id={`${id}-title`}>
        {title}
      </h3>
      <p className="nhsuk-body-s" id={`${id}-summary`}>
        {summary}
      </p>
      <Radios
        id={`${id}-view`}
        legend="Show"
        legendSize="s"
        inline
        small
        value={view}
        onChange={(value) => setView(value as View)}
        options={[
          { value: 'monthly', label: 'Month by month' },
          { value: 'cumulative', label: 'Cumulative' },
        ]}
      />
      <div style={{ width: '100%', height: 280 }}>
        <ResponsiveContainer width="100%" height={280}>
          {view === 'monthly' ? (
            <ComposedChart data={monthly} margin={{ top: 8, right: 16, bottom: 8, left: 16 }} title={title} desc={summary}>
              <CartesianGrid stroke="#d8dde0" vertical={false} />
              <XAxis dataKey="month" tickFormatter={(month: string) => monthLabel(month, { short: true })} tick={{ fontSize: 12 }} />
              <YAxis tickFormatter={(pounds: number) => formatPence(pounds * 100, { wholePounds: true })} width={88} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(value) => formatPence(Math.round(Number(value) * 100))} labelFormatter={(month: unknown) => (typeof month === 'string' ? monthLabel(month) : '')} />
              {(['substantive', 'bank', 'agency'] as const).map((part) => (
                <Bar key={part} dataKey={part} name={PART_LABELS[part]} stackId="spend" fill={PART_COLOURS[part]} isAnimationActive={false}>
                  {monthly.map((row) => (
                    <Cell key={row.month} fillOpacity={row.forecast ? 0.4 : 1} />
                  ))}
                </Bar>
              ))}
              <Line dataKey="budget" name="Budget" stroke={PAY_COLOURS.budget} strokeDasharray="3 3" strokeWidth={2} dot={{ r: 2, fill: PAY_COLOURS.budget }} isAnimationActive={false} />
            </ComposedChart>
          ) : (
            <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 16 }} title={title} desc={summary}>
              <CartesianGrid stroke="#d8dde0" vertical={false} />
              <XAxis dataKey="month" tickFormatter={(month: string) => monthLabel(month, { short: true })} tick={{ fontSize: 12 }} />
              <YAxis tickFormatter={(pounds: number) => formatPence(pounds * 100, { wholePounds: true })} width={88} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(value) => formatPence(Math.round(Number(value) * 100))} labelFormatter={(month: unknown) => (typeof month === 'string' ? monthLabel(month) : '')} />
              <Line dataKey="actual" name="Actual" stroke={PAY_COLOURS.actual} strokeWidth={3} dot={{ r: 3 }} isAnimationActive={false} connectNulls={false} />
              <Line dataKey="forecast" name="Forecast" stroke={PAY_COLOURS.forecast} strokeWidth={3} strokeDasharray="8 4" dot={false} isAnimationActive={false} connectNulls={false} />
              {/* Drawn last, over the spend: the two are close when the budget is on track. */}
              <Line dataKey="budget" name="Budget" stroke={PAY_COLOURS.budget} strokeDasharray="3 3" strokeWidth={2} dot={{ r: 2, fill: PAY_COLOURS.budget }} isAnimationActive={false} />
            </ComposedChart>
          )}
        </ResponsiveContainer>
      </div>
      {view === 'monthly' ? (
        <ChartKey
          items={[
            { label: 'Substantive staff', colour: PART_COLOURS.substantive },
            { label: 'Bank', colour: PART_COLOURS.bank },
            { label: 'Agency', colour: PART_COLOURS.agency },
            { label: 'Budget for the month (a twelfth)', colour: PAY_COLOURS.budget, line: 'dotted' },
          ]}
        />
      ) : (
        <ChartKey
          items={[
            { label: 'Budget (cumulative)', colour: PAY_COLOURS.budget, line: 'dotted' },
            { label: 'Actual spend (cumulative)', colour: PAY_COLOURS.actual, line: 'solid' },
            { label: 'Forecast to March (cumulative)', colour: PAY_COLOURS.forecast, line: 'dashed' },
          ]}
        />
      )}
      {view === 'monthly' && <p className="nhsuk-body-s">Paler bars are the forecast for months without spend recorded yet.</p>}
      <Details summary={<>Show the figures month by month<span className="nhsuk-u-visually-hidden"> for {title}</span></>} textClassName="nhsuk-table-container">
        <table className="nhsuk-table nhsuk-table--compact">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">{title}: month by month</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">Month</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Budget</th>
              <th scope="col" className="nhsuk-table__header">Spend</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Substantive</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Bank</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Agency</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Total</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Budget to date</th>
              <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Spend to date</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {outturn.months.map((m) => {
              const spend = m.actual ?? m.forecast;
              return (
                <tr key={m.month} className="nhsuk-table__row">
                  <th scope="row" className="nhsuk-table__cell app-nowrap">
                    {monthLabel(m.month)}
                  </th>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(m.budgetPence)}</td>
                  <td className="nhsuk-table__cell">{m.actual ? 'Actual' : 'Forecast'}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{spend ? formatPence(spend.substantivePence) : '–'}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{spend ? formatPence(spend.bankPence) : '–'}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{spend ? formatPence(spend.agencyPence) : '–'}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{spend ? formatPence(spend.totalPence) : '–'}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(m.cumulativeBudgetPence)}</td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatPence(m.cumulativeSpendPence)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Details>
    </section>
  );
}
