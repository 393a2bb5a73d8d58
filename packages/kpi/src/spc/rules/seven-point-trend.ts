import { TREND_LENGTH } from '../spc-constants.js';
import type { SignalSide, SpcRule } from '../spc-types.js';
import { partOfRun } from './part-of-run.js';

/**
 * Rule 3: 7 consecutive points each higher (or each lower) than the one before; an equal pair
 * breaks a trend; a trend may cross the mean (R `ptd_seven_point_trend`).
 *
 * The side follows R `ptd_special_cause_type`: a trend point whose right-hand neighbour is also a
 * trend point takes the direction of the step to that neighbour, any other the step from its
 * left-hand neighbour; a step up is "Increasing" (high), anything else "Decreasing" (low). So the
 * peak shared by a rising and a falling trend is labelled by the falling one, as in R.
 */
export const sevenPointTrend: SpcRule = {
  id: 'seven-point-trend',
  name: '7-point trend',
  description: 'Seven consecutive points all increasing or all decreasing.',
  detect({ values }) {
    const steps = values.slice(1).map((v, i) => Math.sign(v - (values[i] as number)));
    const ends = values.map((_, i) => {
      if (i < TREND_LENGTH - 1) return false;
      const run = steps.slice(i - (TREND_LENGTH - 1), i);
      return run.every((s) => s === 1) || run.every((s) => s === -1);
    });
    const part = partOfRun(ends, TREND_LENGTH);
    return part.map((inTrend, i): SignalSide | null => {
      if (!inTrend) return null;
      const step = part[i + 1] === true ? steps[i] : i > 0 ? steps[i - 1] : 0;
      return step === 1 ? 'high' : 'low';
    });
  },
};
