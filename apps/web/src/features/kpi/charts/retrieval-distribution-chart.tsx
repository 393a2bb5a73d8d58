import type { RetrievalDistributionWeekDto } from '@recordroom/contracts';
import { Details, formatKpiTick, formatKpiValue, formatPeriod, SPC_LINE_COLOURS } from '@recordroom/ui';
import { Area, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

interface RetrievalDistributionChartProps {
  title: string;
  /** One priority's weeks, oldest first. */
  weeks: RetrievalDistributionWeekDto[];
  targetMinutes: number;
  id: string;
}

interface Row {
  weekStart: string;
  outer: [number, number] | null;
  inner: [number, number] | null;
  median: number | null;
  count: number;
}

const minutes = (value: number | null) => (value === null ? 'No deliveries' : formatKpiValue(value, 'minutes'));

function toRows(weeks: RetrievalDistributionWeekDto[]): Row[] {
  return weeks.map((week) => ({
    weekStart: week.weekStart,
    outer: week.p10 !== null && week.p90 !== null ? [week.p10, week.p90] : null,
    inner: week.p25 !== null && week.p75 !== null ? [week.p25, week.p75] : null,
    median: week.median,
    count: week.count,
  }));
}

/**
 * Retrieval times of one priority week by week, as bands: the middle 80% of deliveries (10th to
 * 90th percentile), the middle half (25th to 75th), the median line, and the target. The figures
 * are the API's percentiles (percentile_cont); the table under the chart lists them.
 */
export function RetrievalDistributionChart({ title, weeks, targetMinutes, id }: RetrievalDistributionChartProps) {
  const rows = toRows(weeks);
  const latest = weeks.at(-1);
  const axisMax = Math.max(targetMinutes, ...weeks.map((week) => week.p90 ?? 0));
  const summary = latest
    ? `${weeks.length} weeks to ${formatPeriod(latest.weekStart)}. Latest week: ${latest.count} requests, median ${minutes(latest.median)}, 90th percentile ${minutes(latest.p90)}, ${latest.withinTargetPercent === null ? 'none closed' : `${formatKpiValue(latest.withinTargetPercent, 'percent')} within`} the target of ${formatKpiValue(targetMinutes, 'minutes')}.`
    : 'No requests in this period.';

  return (
    <section className="app-retrieval-chart nhsuk-u-margin-bottom-6" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} id={id}>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-1" id={`${id}-title`}>
        {title}
      </h3>
      <p className="nhsuk-body-s" id={`${id}-summary`}>
        {summary}
      </p>
      {rows.length > 0 && (
        <>
          <div className="app-retrieval-chart__plot" style={{ width: '100%', height: 240 }}>
            <ResponsiveContainer width="100%" height={240}>
              {/* An image named by its title and described by the summary; recharts' default role, "application",
                  puts screen readers in focus mode on a chart that announces nothing. It stays focusable: arrow keys move the tooltip. */}
              <ComposedChart data={rows} margin={{ top: 8, right: 32, bottom: 8, left: 8 }} title={title} desc={summary} role="img">
                <XAxis dataKey="weekStart" tickFormatter={(week: string) => formatPeriod(week, { short: true })} minTickGap={16} tick={{ fontSize: 12 }} />
                <YAxis tickFormatter={(value: number) => formatKpiTick(value, 'minutes', axisMax)} width={56} tick={{ fontSize: 12 }} />
                <Tooltip
                  content={({ active, payload }) => {
                    const row = active ? (payload?.[0]?.payload as Row | undefined) : undefined;
                    const week = row ? weeks.find((candidate) => candidate.weekStart === row.weekStart) : undefined;
                    if (!week) return null;
                    return (
                      <div className="nhsuk-body-s" style={{ background: '#fff', border: '1px solid #768692', padding: '4px 8px' }}>
                        <strong>Week of {formatPeriod(week.weekStart)}</strong> ({week.count} requests)
                        <br />
                        Median {minutes(week.median)}; middle half {minutes(week.p25)} to {minutes(week.p75)}; 90th percentile {minutes(week.p90)}
                      </div>
                    );
                  }}
                />
                <Area dataKey={(row: Row) => row.outer} name="10th to 90th percentile" fill="#c8d7e8" stroke="none" isAnimationActive={false} connectNulls={false} />
                <Area dataKey={(row: Row) => row.inner} name="25th to 75th percentile" fill="#7fa6d3" stroke="none" isAnimationActive={false} connectNulls={false} />
                <Line dataKey="median" name="Median" stroke="#003087" strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
                <ReferenceLine y={targetMinutes} stroke={SPC_LINE_COLOURS.target} strokeDasharray="8 3" strokeWidth={2} ifOverflow="extendDomain" />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <ul className="nhsuk-list nhsuk-body-s" style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }}>
            <li className="nhsuk-u-margin-bottom-0">
              <span aria-hidden="true" style={{ display: 'inline-block', width: 16, height: 10, background: '#c8d7e8', marginRight: 6 }} />
              10th to 90th percentile
            </li>
            <li className="nhsuk-u-margin-bottom-0">
              <span aria-hidden="true" style={{ display: 'inline-block', width: 16, height: 10, background: '#7fa6d3', marginRight: 6 }} />
              25th to 75th percentile
            </li>
            <li className="nhsuk-u-margin-bottom-0">
              <span aria-hidden="true" style={{ display: 'inline-block', width: 16, height: 3, background: '#003087', marginRight: 6, verticalAlign: 'middle' }} />
              Median
            </li>
            <li className="nhsuk-u-margin-bottom-0">
              <span aria-hidden="true" style={{ display: 'inline-block', width: 16, borderTop: `2px dashed ${SPC_LINE_COLOURS.target}`, marginRight: 6, verticalAlign: 'middle' }} />
              Target ({formatKpiValue(targetMinutes, 'minutes')})
            </li>
          </ul>
          <Details summary={<>Show the figures week by week<span className="nhsuk-u-visually-hidden"> for {title}</span></>} textClassName="nhsuk-table-container">
            <table className="nhsuk-table nhsuk-table--compact">
              <caption className="nhsuk-table__caption nhsuk-table__caption--s">{title}: week by week</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">Week of</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Requests</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">10th</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">25th</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Median</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">75th</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">90th</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Within target</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {weeks.map((week) => (
                  <tr key={week.weekStart} className="nhsuk-table__row">
                    <th scope="row" className="nhsuk-table__cell app-nowrap">
                      {formatPeriod(week.weekStart)}
                    </th>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{week.count}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{minutes(week.p10)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{minutes(week.p25)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{minutes(week.median)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{minutes(week.p75)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{minutes(week.p90)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                      {week.withinTargetPercent === null ? '–' : formatKpiValue(week.withinTargetPercent, 'percent')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Details>
        </>
      )}
    </section>
  );
}
