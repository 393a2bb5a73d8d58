import type { KpiUnit, SpcResult } from '@recordroom/kpi';
import { formatKpiValue, formatPeriod } from '../kpi-format/format-kpi-value.js';
import { ASSURANCE_ICON_DESCRIPTIONS, VARIATION_ICON_DESCRIPTIONS } from './icon-descriptions.js';

/**
 * An SPC chart in sentences, for its description: the points, the latest value, the latest
 * segment's mean and limits, the target, rebases and trial limits, and both icons' meanings.
 * Every figure is read from the SPC result; none is computed here.
 */
export function spcChartSummary(spc: SpcResult, unit: KpiUnit, formatPeriodLabel: (period: string) => string = formatPeriod): string {
  const first = spc.points[0];
  const latest = spc.points.at(-1);
  const segment = spc.segments.at(-1);
  if (!first || !latest || !segment) return 'No data in this period.';
  const value = (figure: number) => formatKpiValue(figure, unit);
  const sentences = [
    `${spc.points.length} ${spc.points.length === 1 ? 'point' : 'points'} from ${formatPeriodLabel(first.period)} to ${formatPeriodLabel(latest.period)}.`,
    `Latest ${value(latest.value)} (${formatPeriodLabel(latest.period)}).`,
    segment.upl !== null && segment.lpl !== null
      ? `Mean ${value(segment.mean)}, process limits ${value(segment.lpl)} to ${value(segment.upl)}.`
      : `Mean ${value(segment.mean)}; too few points for process limits.`,
  ];
  if (spc.target !== null) sentences.push(`Target ${value(spc.target)}.`);
  if (spc.segments.length > 1) sentences.push(`Limits recalculated from ${formatPeriodLabel(segment.firstPeriod)}.`);
  if (segment.shortSegment) sentences.push(`Trial limits: only ${segment.length} points since the last recalculation.`);
  if (spc.variationIcon) sentences.push(`${VARIATION_ICON_DESCRIPTIONS[spc.variationIcon]}.`);
  if (spc.assuranceIcon) sentences.push(`${ASSURANCE_ICON_DESCRIPTIONS[spc.assuranceIcon]}.`);
  return sentences.join(' ');
}
