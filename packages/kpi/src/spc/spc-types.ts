/** −1 below the mean, 0 exactly on it, 1 above (R `sign(y - mean)`). */
export type SpcSign = -1 | 0 | 1;

/** Which way a special cause points: higher or lower values. */
export type SignalSide = 'high' | 'low';

/** The four Making Data Count rules, in the order they take precedence for a point's label. */
export const SPC_RULE_IDS = ['beyond-process-limit', 'seven-point-trend', 'two-of-three-near-limit', 'seven-point-shift'] as const;
export type SpcRuleId = (typeof SPC_RULE_IDS)[number];

/** What the rules see of one segment (the points between rebases), point by point. */
export interface SegmentSignals {
  values: readonly number[];
  relativeToMean: readonly SpcSign[];
  /** Strictly above the upper or below the lower process limit. */
  outsideLimits: readonly boolean[];
  /** Beyond a near (2-sigma) limit but not beyond the process limit. */
  nearLimits: readonly boolean[];
}

/** A special-cause rule: flags points of a segment with the side of the signal, or null. */
export interface SpcRule {
  id: SpcRuleId;
  name: string;
  /** What the rule tests, in words for a board paper's glossary. */
  description: string;
  detect(segment: SegmentSignals): (SignalSide | null)[];
}
