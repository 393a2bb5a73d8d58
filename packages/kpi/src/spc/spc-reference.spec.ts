// Agreement with NHSRplotthedots, the reference implementation, on its own test vectors
// (see ../test-support/ptd-vectors.ts for where each comes from).
import { describe, expect, it } from '@jest/globals';
import {
  AE_ATTENDANCES_REBASE_2017_04,
  AE_PERFORMANCE_FIX_12,
  DEVIATIONS_OUTLIER,
  RNORM_SEED_123,
  RNORM_SNAPSHOT,
} from '../test-support/ptd-vectors.js';
import { periodAt, series } from '../test-support/series.js';
import { spc } from './spc.js';

describe('spc agrees with NHSRplotthedots', () => {
  describe('test-ptd_spc_standard.R, rnorm(20) with seed 123', () => {
    it('has the snapshot mean and limits, outliers screened', () => {
      const first = spc(series(RNORM_SEED_123)).points[0];
      expect(first?.mean).toBeCloseTo(RNORM_SNAPSHOT.screened.mean, 6);
      expect(first?.lpl).toBeCloseTo(RNORM_SNAPSHOT.screened.lpl, 5);
      expect(first?.upl).toBeCloseTo(RNORM_SNAPSHOT.screened.upl, 5);
    });

    it('has the snapshot relative_to_mean', () => {
      const sides = spc(series(RNORM_SEED_123)).points.map((p) => p.relativeToMean);
      expect(sides.slice(0, 15)).toEqual(RNORM_SNAPSHOT.relativeToMeanStart);
    });

    it('screens the outlier y[15] = 10 out of the moving ranges, and keeps it when told not to', () => {
      const values = RNORM_SEED_123.map((v, i) => (i === 14 ? 10 : v));
      const screened = spc(series(values)).points[0];
      const unscreened = spc(series(values), { screenOutliers: false }).points[0];
      expect([screened?.mean, screened?.lpl, screened?.upl]).toEqual([
        expect.closeTo(RNORM_SNAPSHOT.outlierScreened.mean, 6),
        expect.closeTo(RNORM_SNAPSHOT.outlierScreened.lpl, 5),
        expect.closeTo(RNORM_SNAPSHOT.outlierScreened.upl, 5),
      ]);
      expect([unscreened?.lpl, unscreened?.upl]).toEqual([
        expect.closeTo(RNORM_SNAPSHOT.outlierUnscreened.lpl, 5),
        expect.closeTo(RNORM_SNAPSHOT.outlierUnscreened.upl, 5),
      ]);
    });
  });

  it('test-ptd_spc_standard.R: 2 points near the limits on opposite sides of the mean are common cause', () => {
    const values = [1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 5.5, -5.5];
    const points = spc(series(values)).points;
    expect(points.slice(-2).map((p) => [p.nearLimits, p.pointType])).toEqual([
      [true, 'common-cause'],
      [true, 'common-cause'],
    ]);
  });

  describe('integration snapshot: all-England A&E performance, fix_after_n_points = 12', () => {
    const chart = spc(series(AE_PERFORMANCE_FIX_12.values), { fixAfterNPoints: 12 });

    it('fixes the mean and limits on the first 12 months', () => {
      expect(chart.segments).toHaveLength(1);
      expect(chart.segments[0]?.mean).toBeCloseTo(AE_PERFORMANCE_FIX_12.mean, 15);
      expect(chart.segments[0]?.lpl).toBeCloseTo(AE_PERFORMANCE_FIX_12.lpl, 15);
      expect(chart.segments[0]?.upl).toBeCloseTo(AE_PERFORMANCE_FIX_12.upl, 15);
    });

    it('classifies all 36 points as R does', () => {
      expect(chart.points.map((p) => p.pointType)).toEqual(AE_PERFORMANCE_FIX_12.pointTypes);
    });

    it('names the special causes as R does', () => {
      const labels = chart.points.map((p) => p.specialCause?.label ?? 'Common Cause');
      expect(labels[9]).toBe('Below LCL');
      expect(labels.slice(11, 19)).toEqual(Array(8).fill('7 Points Above CL'));
      expect(labels.slice(29, 33)).toEqual(Array(4).fill('7 Points Below CL'));
      expect(labels.slice(33)).toEqual(['Below LCL', 'Below LCL', '7 Points Below CL']);
    });

    it('shows a concern (low) variation icon for the last month', () => {
      expect(chart.variationIcon).toBe('concern-low');
    });
  });

  describe('integration snapshot: all-England A&E attendances rebased at April 2017', () => {
    const points = series(AE_ATTENDANCES_REBASE_2017_04.values);
    const chart = spc(points, { rebaseAt: [periodAt(AE_ATTENDANCES_REBASE_2017_04.rebaseIndex)] });

    it('gives each segment its own mean and limits', () => {
      expect(chart.segments.map((s) => [s.length, s.mean, s.lpl, s.upl])).toEqual(
        AE_ATTENDANCES_REBASE_2017_04.segments.map((s, i) => [
          i === 0 ? 12 : 24,
          expect.closeTo(s.mean, 6),
          expect.closeTo(s.lpl, 6),
          expect.closeTo(s.upl, 6),
        ]),
      );
    });

    it('uses no moving range across the rebase', () => {
      const first = chart.points[AE_ATTENDANCES_REBASE_2017_04.rebaseIndex];
      expect([first?.segment, first?.movingRange, first?.movingRangeInLimits]).toEqual([1, null, false]);
    });

    it('finds every point common cause, as R does', () => {
      expect(new Set(chart.points.map((p) => p.pointType))).toEqual(new Set(['common-cause']));
    });
  });

  it('vignettes/deviations.Rmd: screening narrows the limits of 1, 2, 1, 2, 10, ...', () => {
    const screened = spc(series(DEVIATIONS_OUTLIER.values)).segments[0];
    const unscreened = spc(series(DEVIATIONS_OUTLIER.values), { screenOutliers: false }).segments[0];
    const rounded = (x: number | null | undefined): number => Math.round((x ?? Number.NaN) * 100) / 100;
    expect([screened?.mean, screened?.lpl, screened?.upl].map(rounded)).toEqual([1.94, -0.72, 4.6]);
    expect([unscreened?.mean, unscreened?.lpl, unscreened?.upl].map(rounded)).toEqual([1.94, -3.06, 6.95]);
  });

  describe('test-ptd_add_short_group_warnings.R', () => {
    it('warns for a segment shorter than the threshold, not for one equal to it', () => {
      const eleven = Array.from({ length: 11 }, (_, i) => i % 3);
      const twelve = Array.from({ length: 12 }, (_, i) => i % 3);
      expect(spc(series(eleven), { shortSegmentThreshold: 12 }).segments[0]?.shortSegment).toBe(true);
      expect(spc(series(twelve), { shortSegmentThreshold: 12 }).segments[0]?.shortSegment).toBe(false);
    });

    it('judges each rebase segment on its own (35, 5, ... points)', () => {
      const values = Array.from({ length: 60 }, (_, i) => i % 4);
      const chart = spc(series(values), { rebaseAt: [periodAt(35), periodAt(40)], shortSegmentThreshold: 12 });
      expect(chart.segments.map((s) => [s.length, s.shortSegment])).toEqual([
        [35, false],
        [5, true],
        [20, false],
      ]);
    });

    it('by default warns up to 12 points, as the R code (threshold 13)', () => {
      const twelve = Array.from({ length: 12 }, (_, i) => i % 3);
      expect(spc(series(twelve)).segments[0]?.shortSegment).toBe(true);
    });
  });
});
