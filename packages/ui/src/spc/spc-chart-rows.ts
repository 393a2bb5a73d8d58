import type { SpcPointType, SpcResult } from '@recordroom/kpi';

/** One x position of an SPC chart: the point, and its segment's lines keyed by segment. */
export interface SpcChartRow {
  period: string;
  value: number;
  segment: number;
  pointType: SpcPointType;
  /** The special-cause label by precedence (NHSRplotthedots wording), or null for common cause. */
  specialCause: string | null;
  mean: number;
  upl: number | null;
  lpl: number | null;
}

/**
 * Where a segment's line has a value: only on that segment's points, so each segment's data,
 * mean and limit lines stop at a rebase and start again (R `break_lines = "both"`).
 */
export function inSegment(row: SpcChartRow, segment: number, value: number | null): number | null {
  return row.segment === segment ? value : null;
}

/** The chart's rows, one per point, straight from the SPC result (nothing is recomputed). */
export function spcChartRows(spc: SpcResult): SpcChartRow[] {
  return spc.points.map((point) => ({
    period: point.period,
    value: point.value,
    segment: point.segment,
    pointType: point.pointType,
    specialCause: point.specialCause?.label ?? null,
    mean: point.mean,
    upl: point.upl,
    lpl: point.lpl,
  }));
}

/** The periods at which a new segment starts after a rebase (not the first segment). */
export function rebasePeriods(spc: SpcResult): string[] {
  return spc.segments.filter((segment) => segment.index > 0).map((segment) => segment.firstPeriod);
}
