import { describe, expect, it } from '@jest/globals';
import { assuranceIcon } from './assurance-icon.js';

describe('assuranceIcon', () => {
  // R: tests/testthat/test-ptd_calculate_assurance_type.R — limits (1, 3), (5, 7), (1, 5) with target 4.
  const limits = [
    { lpl: 1, upl: 3 },
    { lpl: 5, upl: 7 },
    { lpl: 1, upl: 5 },
  ];

  it('R: increase → consistent fail, consistent pass, inconsistent', () => {
    expect(limits.map((l) => assuranceIcon(4, 'increase', l))).toEqual(['consistent-fail', 'consistent-pass', 'inconsistent']);
  });

  it('R: decrease → consistent pass, consistent fail, inconsistent', () => {
    expect(limits.map((l) => assuranceIcon(4, 'decrease', l))).toEqual(['consistent-pass', 'consistent-fail', 'inconsistent']);
  });

  it('R: neutral → none', () => {
    expect(limits.map((l) => assuranceIcon(4, 'neutral', l))).toEqual([null, null, null]);
  });

  it('R: no target → none', () => {
    expect(assuranceIcon(null, 'increase', { lpl: 1, upl: 3 })).toBeNull();
  });

  it('treats a target exactly on a limit as inconsistent (strict comparisons)', () => {
    expect(assuranceIcon(3, 'increase', { lpl: 1, upl: 3 })).toBe('inconsistent');
    expect(assuranceIcon(1, 'increase', { lpl: 1, upl: 3 })).toBe('inconsistent');
  });
});
