import type { SpcRule } from '../spc-types.js';

/**
 * Rule 4: two or three of three consecutive points beyond the same near (2-sigma) limit. The
 * three points must all lie on the same side of the mean (NHSRplotthedots 0.2.2 fix, issue
 * #143), and only the points beyond the near limit are flagged; a point beyond the process limit
 * does not count as near (R `ptd_two_in_three`, `ptd_part_of_two_in_three`).
 */
export const twoOfThreeNearLimit: SpcRule = {
  id: 'two-of-three-near-limit',
  name: '2 of 3 beyond 2 sigma',
  description: 'Two out of three consecutive points near a process limit (beyond 2 sigma) on the same side of the mean.',
  detect({ nearLimits, relativeToMean }) {
    const n = nearLimits.length;
    const inWindow = new Array<boolean>(n).fill(false);
    for (let start = 0; start + 2 < n; start++) {
      const window = [start, start + 1, start + 2];
      const near = window.filter((i) => nearLimits[i]).length;
      const side = window.reduce((sum, i) => sum + (relativeToMean[i] as number), 0);
      if (near >= 2 && Math.abs(side) === 3) for (const i of window) inWindow[i] = true;
    }
    return inWindow.map((flagged, i) =>
      flagged && nearLimits[i] === true ? ((relativeToMean[i] as number) > 0 ? 'high' : 'low') : null,
    );
  },
};
