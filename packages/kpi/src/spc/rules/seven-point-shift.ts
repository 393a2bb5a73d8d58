import { SHIFT_LENGTH } from '../spc-constants.js';
import type { SpcRule } from '../spc-types.js';
import { partOfRun } from './part-of-run.js';

/**
 * Rule 2: 7 consecutive points on the same side of the mean. A point exactly on the mean breaks
 * the run; every point of the run (and of any longer run) is flagged
 * (R `ptd_seven_point_one_side_mean`, `ptd_part_of_seven_trend`).
 */
export const sevenPointShift: SpcRule = {
  id: 'seven-point-shift',
  name: '7-point shift',
  description: 'Seven consecutive points above the mean, or seven below it.',
  detect({ relativeToMean }) {
    const ends = relativeToMean.map((side, i) => {
      if (side === 0 || i < SHIFT_LENGTH - 1) return false;
      return relativeToMean.slice(i - (SHIFT_LENGTH - 1), i).every((s) => s === side);
    });
    return partOfRun(ends, SHIFT_LENGTH).map((inShift, i) =>
      inShift ? ((relativeToMean[i] as number) > 0 ? 'high' : 'low') : null,
    );
  },
};
