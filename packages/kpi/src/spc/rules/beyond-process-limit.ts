import type { SpcRule } from '../spc-types.js';

/**
 * Rule 1: a point strictly above the upper or below the lower process limit
 * (R/ptd_spc_standard.R `outside_limits`, labelled "Above UCL" / "Below LCL").
 */
export const beyondProcessLimit: SpcRule = {
  id: 'beyond-process-limit',
  name: 'Point beyond a process limit',
  description: 'A single point above the upper or below the lower process limit.',
  detect({ outsideLimits, relativeToMean }) {
    return outsideLimits.map((outside, i) => (outside ? (relativeToMean[i] === 1 ? 'high' : 'low') : null));
  },
};
