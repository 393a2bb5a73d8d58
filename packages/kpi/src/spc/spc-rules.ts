import { beyondProcessLimit } from './rules/beyond-process-limit.js';
import { sevenPointShift } from './rules/seven-point-shift.js';
import { sevenPointTrend } from './rules/seven-point-trend.js';
import { twoOfThreeNearLimit } from './rules/two-of-three-near-limit.js';
import type { SpcRule } from './spc-types.js';

/**
 * The four Making Data Count rules in order of precedence: when several flag one point, the
 * first names it (R `ptd_special_cause_type`: beyond limits, trend, 2 of 3, shift).
 */
export const SPC_RULES: readonly SpcRule[] = [beyondProcessLimit, sevenPointTrend, twoOfThreeNearLimit, sevenPointShift];
