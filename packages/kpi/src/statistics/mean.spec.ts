import { describe, expect, it } from '@jest/globals';
import { mean } from './mean.js';

describe('mean', () => {
  it('is NaN for no values, as in R', () => {
    expect(mean([])).toBeNaN();
  });

  it('returns the exact mean where naive summation drifts by one bit', () => {
    // (0.1 + 0.2 + 0.3) / 3 is 0.20000000000000004 in naive double arithmetic; R prints 0.2.
    expect(mean([0.1, 0.2, 0.3])).toBe(0.2);
  });

  it('averages large counts exactly', () => {
    expect(mean([1867781, 2070340, 1958802])).toBe(5896923 / 3);
  });
});
