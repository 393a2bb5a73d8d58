import { mean } from '../statistics/mean.js';
import { MOVING_RANGE_SCREEN_FACTOR, NEAR_LIMIT_FACTOR, ONE_SIGMA_FACTOR, PROCESS_LIMIT_FACTOR } from './spc-constants.js';

/** The centre line and limits of one segment; limits are null when they cannot be computed. */
export interface SegmentLimits {
  mean: number;
  /** Mean of the moving ranges used (after screening); null with none to use. */
  movingRangeMean: number | null;
  upl: number | null;
  lpl: number | null;
  upperTwoSigma: number | null;
  lowerTwoSigma: number | null;
  upperOneSigma: number | null;
  lowerOneSigma: number | null;
  /** Points the mean and limits are computed from (the first `fixAfterNPoints`, or all). */
  baselineLength: number;
  /** |x_i − x_(i−1)| within the segment; null for its first point. */
  movingRanges: (number | null)[];
  /** Whether each moving range went into the mean moving range. */
  movingRangeUsed: boolean[];
}

/**
 * XmR limits of one segment exactly as NHSRplotthedots `ptd_spc_standard`: mean of the baseline
 * points; moving ranges only between consecutive baseline points of the segment (none across a
 * rebase, none after a fixed baseline); optionally drop moving ranges ≥ 3.267 × their mean and
 * re-average; limits at mean ± 2.66 × that. When no moving range is left (one point, or every
 * range screened out because all are 0, as for a constant series) the limits are null, where R
 * gives NA.
 *
 * @example segmentLimits([1, 2, 1, 2], { fixAfterNPoints: null, screenOutliers: true }).upl // 4.16
 */
export function segmentLimits(
  values: readonly number[],
  options: { fixAfterNPoints: number | null; screenOutliers: boolean },
): SegmentLimits {
  const baselineLength = Math.min(values.length, options.fixAfterNPoints ?? values.length);
  const centre = mean(values.slice(0, baselineLength));
  const movingRanges = values.map((v, i) => (i === 0 ? null : Math.abs(v - (values[i - 1] as number))));
  const inBaseline = movingRanges.map((mr, i) => mr !== null && i < baselineLength);

  let used = inBaseline;
  let movingRangeMean = mean(movingRanges.filter((_, i) => used[i]) as number[]);
  if (options.screenOutliers) {
    const cutOff = MOVING_RANGE_SCREEN_FACTOR * movingRangeMean;
    used = inBaseline.map((b, i) => b && (movingRanges[i] as number) < cutOff);
    movingRangeMean = mean(movingRanges.filter((_, i) => used[i]) as number[]);
  }

  const band = (factor: number, sign: 1 | -1): number | null =>
    Number.isNaN(movingRangeMean) ? null : sign === 1 ? centre + factor * movingRangeMean : centre - factor * movingRangeMean;
  return {
    mean: centre,
    movingRangeMean: Number.isNaN(movingRangeMean) ? null : movingRangeMean,
    upl: band(PROCESS_LIMIT_FACTOR, 1),
    lpl: band(PROCESS_LIMIT_FACTOR, -1),
    upperTwoSigma: band(NEAR_LIMIT_FACTOR, 1),
    lowerTwoSigma: band(NEAR_LIMIT_FACTOR, -1),
    upperOneSigma: band(ONE_SIGMA_FACTOR, 1),
    lowerOneSigma: band(ONE_SIGMA_FACTOR, -1),
    baselineLength,
    movingRanges,
    movingRangeUsed: used,
  };
}
