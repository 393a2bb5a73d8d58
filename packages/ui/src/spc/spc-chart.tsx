import type { KpiUnit, SpcResult } from '@recordroom/kpi';
import { useId, type ReactNode } from 'react';
import { ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import { formatKpiTick, formatKpiValue, formatPeriod } from '../kpi-format/format-kpi-value.js';
import { AssuranceIcon } from './assurance-icon.js';
import { POINT_TYPE_DESCRIPTIONS } from './icon-descriptions.js';
import { SPC_LINE_COLOURS, SPC_POINT_COLOURS } from './spc-colours.js';
import { inSegment, rebasePeriods, spcChartRows, type SpcChartRow } from './spc-chart-rows.js';
import { spcChartSummary } from './spc-chart-summary.js';
import { SpcDataTable } from './spc-data-table.js';
import { SpcLegend } from './spc-legend.js';
import { VariationIcon } from './variation-icon.js';

export interface SpcChartProps {
  /** The KPI, e.g. "Retrieval time, median – emergency". */
  title: string;
  /** Under the title: the KPI's definition, so no number is shown without it. */
  description?: ReactNode;
  /** The Making Data Count result from `spc()` of @recordroom/kpi (or the API's series). */
  spc: SpcResult;
  unit: KpiUnit;
  /** Plot height in pixels; the width follows the container. */
  height?: number;
  headingLevel?: 2 | 3 | 4;
  /** How a period reads on the axis, tooltip and table (default "3 Mar 2025"). */
  formatPeriodLabel?: (period: string) => string;
  /** Show the variation and assurance icons beside the title (default true). */
  showIcons?: boolean;
  /** Content at the end of the header row, such as a CSV download link. */
  actions?: ReactNode;
  id?: string;
}

function PointDot({ cx, cy, payload, index }: DotItemDotProps) {
  const row = payload as SpcChartRow | undefined;
  if (cx === undefined || cy === undefined || !row) return <g key={index} />;
  return <circle key={index} cx={cx} cy={cy} r={4} fill={SPC_POINT_COLOURS[row.pointType]} stroke="#ffffff" strokeWidth={1} data-point-type={row.pointType} />;
}

/** The lines drawn per segment besides the data: limits dashed, the mean solid. */
const SEGMENT_LINES: readonly { field: 'upl' | 'lpl' | 'mean'; name: string; stroke: string; dash?: string }[] = [
  { field: 'upl', name: 'Upper process limit', stroke: SPC_LINE_COLOURS.limit, dash: '5 4' },
  { field: 'lpl', name: 'Lower process limit', stroke: SPC_LINE_COLOURS.limit, dash: '5 4' },
  { field: 'mean', name: 'Mean', stroke: SPC_LINE_COLOURS.mean },
];

/**
 * A Making Data Count XmR chart on recharts: the data line with each point coloured by its
 * variation (blue improvement, orange concern, grey common cause), the mean, dashed process limits,
 * the target, and separate lines per segment after a rebase. Titled and described for assistive
 * technology, with the icons, a text key, a summary in words and a visually hidden data table.
 */
export function SpcChart(props: SpcChartProps) {
  const { title, description, spc, unit, height = 280, headingLevel = 3, formatPeriodLabel = formatPeriod, showIcons = true, actions } = props;
  const generatedId = useId();
  const id = props.id ?? generatedId;
  const Heading = `h${headingLevel}` as const;
  const rows = spcChartRows(spc);
  const summary = spcChartSummary(spc, unit, formatPeriodLabel);
  const segments = spc.segments.map((segment) => segment.index);
  const neutral = spc.improvementDirection === 'neutral';
  // The largest figure drawn, so the axis ticks share one unit.
  const axisMax = Math.max(...rows.flatMap((row) => [row.value, row.upl ?? row.value]), spc.target ?? Number.NEGATIVE_INFINITY);

  return (
    <section className="recordroom-spc-chart nhsuk-u-margin-bottom-6" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} id={id}>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 16 }}>
        <div>
          <Heading className="nhsuk-heading-s nhsuk-u-margin-bottom-1" id={`${id}-title`}>
            {title}
          </Heading>
          {description !== undefined && <p className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-2">{description}</p>}
        </div>
        {showIcons && (spc.variationIcon || spc.assuranceIcon) && (
          <div style={{ display: 'flex', gap: 8, flexShrink: 0 }}>
            {spc.variationIcon && <VariationIcon icon={spc.variationIcon} size={48} />}
            {spc.assuranceIcon && <AssuranceIcon icon={spc.assuranceIcon} size={48} />}
          </div>
        )}
      </div>
      <p className="nhsuk-body-s" id={`${id}-summary`}>
        {summary}
      </p>
      {rows.length > 0 && (
        <>
          <div className="recordroom-spc-chart__plot" style={{ width: '100%', height }}>
            <ResponsiveContainer width="100%" height={height}>
              {/* An image named by its title and described by the summary; recharts' default role, "application",
                  puts screen readers in focus mode on a chart that announces nothing. It stays focusable: arrow keys move the tooltip. */}
              <ComposedChart data={rows} margin={{ top: 8, right: 32, bottom: 8, left: 8 }} title={title} desc={summary} role="img">
                <XAxis dataKey="period" tickFormatter={(period: string) => formatPeriodLabel(period).replace(/ \d{4}$/, '')} minTickGap={16} tick={{ fontSize: 12 }} />
                <YAxis tickFormatter={(value: number) => formatKpiTick(value, unit, axisMax)} width={56} tick={{ fontSize: 12 }} domain={['auto', 'auto']} />
                <Tooltip
                  content={({ active, payload }) => {
                    const row = active ? (payload?.[0]?.payload as SpcChartRow | undefined) : undefined;
                    if (!row) return null;
                    return (
                      <div className="nhsuk-body-s" style={{ background: '#fff', border: '1px solid #768692', padding: '4px 8px' }}>
                        <strong>{formatPeriodLabel(row.period)}</strong>: {formatKpiValue(row.value, unit)}
                        <br />
                        {POINT_TYPE_DESCRIPTIONS[row.pointType]}
                        {row.specialCause ? ` (${row.specialCause})` : ''}
                      </div>
                    );
                  }}
                />
                {spc.target !== null && (
                  <ReferenceLine y={spc.target} stroke={SPC_LINE_COLOURS.target} strokeDasharray="8 3" strokeWidth={2} ifOverflow="extendDomain" />
                )}
                {rebasePeriods(spc).map((period) => (
                  <ReferenceLine key={period} x={period} stroke={SPC_LINE_COLOURS.limit} strokeDasharray="2 2" />
                ))}
                {segments.flatMap((segment) => [
                  ...SEGMENT_LINES.map(({ field, name, stroke, dash }) => (
                    <Line
                      key={`${field}-${segment}`}
                      dataKey={(row: SpcChartRow) => inSegment(row, segment, row[field])}
                      name={name}
                      stroke={stroke}
                      {...(dash ? { strokeDasharray: dash } : {})}
                      dot={false}
                      activeDot={false}
                      isAnimationActive={false}
                    />
                  )),
                  <Line
                    key={`value-${segment}`}
                    dataKey={(row: SpcChartRow) => inSegment(row, segment, row.value)}
                    name={title}
                    stroke={SPC_LINE_COLOURS.data}
                    strokeWidth={1.5}
                    dot={PointDot}
                    isAnimationActive={false}
                  />,
                ])}
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <SpcLegend showTarget={spc.target !== null} neutral={neutral} />
          <SpcDataTable caption={`${title}: every point`} spc={spc} unit={unit} formatPeriodLabel={formatPeriodLabel} />
        </>
      )}
      {actions}
    </section>
  );
}
