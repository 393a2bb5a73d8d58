import { describe, expect, it } from '@jest/globals';
import { ratio } from './kpi-ratio.js';

describe('ratio', () => {
  it('gives the percentage unrounded', () => {
    expect(ratio(1, 3).percent).toBeCloseTo(33.333333333, 8);
    expect(ratio(49, 50)).toEqual({ numerator: 49, denominator: 50, percent: 98 });
  });

  it('has no percentage over nothing', () => {
    expect(ratio(0, 0).percent).toBeNull();
  });
});
