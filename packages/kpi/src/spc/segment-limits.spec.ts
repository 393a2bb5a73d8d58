import { describe, expect, it } from '@jest/globals';
import { segmentLimits } from './segment-limits.js';

describe('segmentLimits', () => {
  it('puts the limits 2.66 mean moving ranges either side of the mean', () => {
    const limits = segmentLimits([1, 2, 1, 2], { fixAfterNPoints: null, screenOutliers: true });
    expect(limits).toMatchObject({ mean: 1.5, movingRangeMean: 1, baselineLength: 4, movingRanges: [null, 1, 1, 1] });
    expect(limits.upl).toBeCloseTo(4.16, 12);
    expect(limits.lpl).toBeCloseTo(-1.16, 12);
  });

  it('screens out a moving range of 3.267 times the mean or more, then re-averages', () => {
    // Moving ranges 1, 1, 1, 1, 20: mean 4.8, cut-off 15.68, so 20 goes and the mean is 1.
    const values = [0, 1, 0, 1, 0, 20];
    expect(segmentLimits(values, { fixAfterNPoints: null, screenOutliers: true })).toMatchObject({
      movingRangeMean: 1,
      movingRangeUsed: [false, true, true, true, true, false],
    });
    expect(segmentLimits(values, { fixAfterNPoints: null, screenOutliers: false }).movingRangeMean).toBe(4.8);
  });

  it('keeps moving ranges after a fixed baseline out of the limits', () => {
    const values = [...Array.from({ length: 12 }, (_, i) => i % 2), 50, 0];
    const limits = segmentLimits(values, { fixAfterNPoints: 12, screenOutliers: false });
    expect(limits).toMatchObject({ mean: 0.5, movingRangeMean: 1, baselineLength: 12 });
    expect(limits.movingRanges.slice(12)).toEqual([49, 50]);
    expect(limits.movingRangeUsed.slice(11)).toEqual([true, false, false]);
  });

  it('has null limits when no moving range is left', () => {
    expect(segmentLimits([3], { fixAfterNPoints: null, screenOutliers: true })).toMatchObject({ upl: null, lpl: null, movingRangeMean: null });
    expect(segmentLimits([3, 3, 3], { fixAfterNPoints: null, screenOutliers: true }).upl).toBeNull();
  });
});
