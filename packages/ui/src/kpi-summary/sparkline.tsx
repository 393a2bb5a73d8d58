export interface SparklineProps {
  /** The series, oldest first. */
  values: readonly number[];
  /** Colours the last point, e.g. the colour of its variation. */
  lastPointColour?: string;
  width?: number;
  height?: number;
}

/**
 * A word-sized line of a series' shape, for a table cell. Decorative (hidden from assistive
 * technology): the figures it draws are in the chart and its table. Plain SVG, no chart library,
 * so a table of twenty KPIs stays light.
 */
export function Sparkline({ values, lastPointColour = '#212b32', width = 96, height = 24 }: SparklineProps) {
  if (values.length === 0) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const pad = 3;
  const x = (index: number) => (values.length === 1 ? width / 2 : pad + (index * (width - 2 * pad)) / (values.length - 1));
  const y = (value: number) => (high === low ? height / 2 : height - pad - ((value - low) * (height - 2 * pad)) / span);
  const last = values.length - 1;
  return (
    <svg className="recordroom-sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
      <polyline points={values.map((value, index) => `${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(' ')} fill="none" stroke="#768692" strokeWidth="1.5" />
      <circle cx={x(last)} cy={y(values[last] ?? low)} r="2.5" fill={lastPointColour} />
    </svg>
  );
}
