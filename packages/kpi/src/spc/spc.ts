import type { ImprovementDirection } from '../kpi/kpi-definition.js';
import { assuranceIcon, type AssuranceIcon } from './assurance-icon.js';
import { pointType, type SpcPointType } from './point-type.js';
import { segmentLimits } from './segment-limits.js';
import { DEFAULT_SHORT_SEGMENT_THRESHOLD, MIN_FIX_AFTER_N_POINTS } from './spc-constants.js';
import { SPC_RULES } from './spc-rules.js';
import type { SegmentSignals, SignalSide, SpcRuleId, SpcSign } from './spc-types.js';
import { variationIcon, type VariationIcon } from './variation-icon.js';

/** One value of a KPI series: its period (an IsoDate such as the week or month start) and value. */
export interface SpcPoint {
  period: string;
  value: number;
}

export interface SpcOptions {
  /** Default 'increase', as NHSRplotthedots. */
  improvementDirection?: ImprovementDirection;
  /** The KPI target, for the assurance icon; none by default. */
  target?: number | null;
  /** Periods at which a new segment, with its own mean and limits, starts (R `ptd_rebase`). */
  rebaseAt?: readonly string[];
  /** Fix each segment's mean and limits on its first n points (n ≥ 12; R `fix_after_n_points`). */
  fixAfterNPoints?: number | null;
  /** Drop outlying moving ranges before computing limits; default true as R (the MDC Excel tools do not). */
  screenOutliers?: boolean;
  /** Segments shorter than this are flagged as having trial limits; default 13 as R. */
  shortSegmentThreshold?: number;
}

/** A special cause on a point: the rule that names it (by precedence) and the side of the signal. */
export interface SpecialCause {
  rule: SpcRuleId;
  side: SignalSide;
  /** NHSRplotthedots' `special_cause_type` label, e.g. '7 Point Trend (Increasing)'. */
  label: string;
}

export interface SpcPointResult {
  period: string;
  value: number;
  /** 0 for the first segment, then one more after each rebase. */
  segment: number;
  /** Whether the point is one of those the segment's mean and limits are computed from. */
  inBaseline: boolean;
  mean: number;
  upl: number | null;
  lpl: number | null;
  upperTwoSigma: number | null;
  lowerTwoSigma: number | null;
  upperOneSigma: number | null;
  lowerOneSigma: number | null;
  /** |value − previous value| within the segment; null at the start of a segment. */
  movingRange: number | null;
  /** Whether this moving range went into the limits (in the baseline and not screened out). */
  movingRangeInLimits: boolean;
  relativeToMean: SpcSign;
  outsideLimits: boolean;
  /** Beyond a 2-sigma limit but not beyond the process limit (R `close_to_limits`). */
  nearLimits: boolean;
  /** Every rule that flags the point, in order of precedence. */
  rules: SpcRuleId[];
  specialCause: SpecialCause | null;
  pointType: SpcPointType;
}

export interface SpcSegment {
  index: number;
  firstPeriod: string;
  lastPeriod: string;
  length: number;
  baselineLength: number;
  mean: number;
  movingRangeMean: number | null;
  upl: number | null;
  lpl: number | null;
  /** Fewer points than the threshold: the limits are trial limits, revised as points arrive. */
  shortSegment: boolean;
}

export interface SpcResult {
  points: SpcPointResult[];
  segments: SpcSegment[];
  improvementDirection: ImprovementDirection;
  target: number | null;
  /** From the latest point; null for an empty series. */
  variationIcon: VariationIcon | null;
  /** From the latest segment's limits; null without a target, for a neutral direction or no points. */
  assuranceIcon: AssuranceIcon | null;
}

/**
 * A Making Data Count XmR chart of a series, agreeing point by point with NHSRplotthedots
 * `ptd_spc()` (v0.2.2): per point its segment's mean and limits, moving range, the special-cause
 * rules that flag it, the label by precedence and its point type; for the series the variation
 * and assurance icons. Each rebase starts a segment with its own limits and no moving range
 * across the rebase. Points must be in period order with no repeated period.
 *
 * @example
 * const chart = spc(weeks.map((w) => ({ period: w.start, value: w.percent })), {
 *   improvementDirection: 'increase', target: 99, rebaseAt: ['2025-04-07'],
 * });
 * chart.variationIcon // 'improvement-high'
 * chart.assuranceIcon // 'inconsistent'
 */
export function spc(points: readonly SpcPoint[], options: SpcOptions = {}): SpcResult {
  const direction = options.improvementDirection ?? 'increase';
  const target = options.target ?? null;
  const fixAfterNPoints = options.fixAfterNPoints ?? null;
  const screenOutliers = options.screenOutliers ?? true;
  const shortThreshold = options.shortSegmentThreshold ?? DEFAULT_SHORT_SEGMENT_THRESHOLD;
  validate(points, options.rebaseAt ?? [], fixAfterNPoints);

  const rebaseAt = new Set(options.rebaseAt ?? []);
  const starts = points.map((p, i) => i).filter((i) => i === 0 || rebaseAt.has((points[i] as SpcPoint).period));
  const results: SpcPointResult[] = [];
  const segments: SpcSegment[] = [];

  starts.forEach((start, index) => {
    const slice = points.slice(start, starts[index + 1] ?? points.length);
    const values = slice.map((p) => p.value);
    const limits = segmentLimits(values, { fixAfterNPoints, screenOutliers });
    const { mean, upl, lpl, upperTwoSigma, lowerTwoSigma } = limits;
    const outsideLimits = values.map((v) => upl !== null && lpl !== null && (v > upl || v < lpl));
    const signals: SegmentSignals = {
      values,
      relativeToMean: values.map((v) => (Math.sign(v - mean) || 0) as SpcSign),
      outsideLimits,
      nearLimits: values.map(
        (v, i) => !outsideLimits[i] && upperTwoSigma !== null && lowerTwoSigma !== null && (v < lowerTwoSigma || v > upperTwoSigma),
      ),
    };
    const hits = SPC_RULES.map((rule) => ({ rule: rule.id, sides: rule.detect(signals) }));

    slice.forEach((point, i) => {
      const flagged = hits.filter((h) => h.sides[i] !== null);
      const first = flagged[0];
      const specialCause = first === undefined ? null : describe(first.rule, first.sides[i] as SignalSide);
      results.push({
        period: point.period,
        value: point.value,
        segment: index,
        inBaseline: i < limits.baselineLength,
        mean,
        upl,
        lpl,
        upperTwoSigma,
        lowerTwoSigma,
        upperOneSigma: limits.upperOneSigma,
        lowerOneSigma: limits.lowerOneSigma,
        movingRange: limits.movingRanges[i] ?? null,
        movingRangeInLimits: limits.movingRangeUsed[i] ?? false,
        relativeToMean: signals.relativeToMean[i] as SpcSign,
        outsideLimits: outsideLimits[i] as boolean,
        nearLimits: signals.nearLimits[i] as boolean,
        rules: flagged.map((h) => h.rule),
        specialCause,
        pointType: pointType(specialCause?.side ?? null, direction),
      });
    });

    segments.push({
      index,
      firstPeriod: (slice[0] as SpcPoint).period,
      lastPeriod: (slice[slice.length - 1] as SpcPoint).period,
      length: slice.length,
      baselineLength: limits.baselineLength,
      mean,
      movingRangeMean: limits.movingRangeMean,
      upl,
      lpl,
      shortSegment: slice.length < shortThreshold,
    });
  });

  const latest = results[results.length - 1];
  const latestSegment = segments[segments.length - 1];
  return {
    points: results,
    segments,
    improvementDirection: direction,
    target,
    variationIcon: latest === undefined ? null : variationIcon(latest.pointType, direction),
    assuranceIcon: latestSegment === undefined ? null : assuranceIcon(target, direction, latestSegment),
  };
}

/** NHSRplotthedots' label for a special cause (R `ptd_special_cause_type`). */
function describe(rule: SpcRuleId, side: SignalSide): SpecialCause {
  const aboveOrBelow = side === 'high' ? 'Above' : 'Below';
  switch (rule) {
    case 'beyond-process-limit':
      return { rule, side, label: side === 'high' ? 'Above UCL' : 'Below LCL' };
    case 'seven-point-trend':
      return { rule, side, label: `7 Point Trend (${side === 'high' ? 'In' : 'De'}creasing)` };
    case 'two-of-three-near-limit':
      return { rule, side, label: `2 in 3 ${aboveOrBelow} CL` };
    case 'seven-point-shift':
      return { rule, side, label: `7 Points ${aboveOrBelow} CL` };
  }
}

function validate(points: readonly SpcPoint[], rebaseAt: readonly string[], fixAfterNPoints: number | null): void {
  points.forEach((p, i) => {
    if (!Number.isFinite(p.value)) throw new RangeError(`SPC value for ${p.period} is not a finite number: ${p.value}`);
    const previous = points[i - 1];
    if (previous !== undefined && !(previous.period < p.period)) {
      throw new RangeError(`SPC points must be in period order without repeats: ${p.period} follows ${previous.period}`);
    }
  });
  const periods = new Set(points.map((p) => p.period));
  for (const period of rebaseAt) {
    if (!periods.has(period)) throw new RangeError(`Rebase period ${period} is not one of the points' periods`);
  }
  if (fixAfterNPoints !== null && !(Number.isInteger(fixAfterNPoints) && fixAfterNPoints >= MIN_FIX_AFTER_N_POINTS)) {
    throw new RangeError(`fixAfterNPoints must be a whole number of at least ${MIN_FIX_AFTER_N_POINTS}, got ${fixAfterNPoints}`);
  }
}
