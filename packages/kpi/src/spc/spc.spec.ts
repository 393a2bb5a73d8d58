import { describe, expect, it } from '@jest/globals';
import { periodAt, series } from '../test-support/series.js';
import { spc } from './spc.js';

// A steady baseline alternating 10, 12 (mean 11, moving range 2, limits 11 ± 5.32, 2 sigma ± 3.547).
const steady = (n: number): number[] => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 10 : 12));

describe('spc', () => {
  describe('limits', () => {
    it('computes the XmR mean, limits and bands of a segment', () => {
      const point = spc(series(steady(20))).points[0];
      expect(point).toMatchObject({ mean: 11, movingRange: null, movingRangeInLimits: false });
      expect(point?.upl).toBeCloseTo(11 + 2.66 * 2, 12);
      expect(point?.lpl).toBeCloseTo(11 - 2.66 * 2, 12);
      expect(point?.upperTwoSigma).toBeCloseTo(11 + ((2 * 2.66) / 3) * 2, 12);
      expect(point?.lowerOneSigma).toBeCloseTo(11 - (2.66 / 3) * 2, 12);
    });

    it('reports each moving range and whether it went into the limits', () => {
      const chart = spc(series([...steady(12), 40, 11]));
      expect(chart.points[12]).toMatchObject({ movingRange: 28, movingRangeInLimits: false });
      expect(chart.points[1]).toMatchObject({ movingRange: 2, movingRangeInLimits: true });
    });

    it('has no limits for a constant series once every zero moving range is screened out, as R (NA)', () => {
      const chart = spc(series(Array(15).fill(100)), { target: 99 });
      expect(chart.segments[0]).toMatchObject({ mean: 100, movingRangeMean: null, upl: null, lpl: null });
      expect(chart.points.every((p) => p.pointType === 'common-cause' && p.relativeToMean === 0)).toBe(true);
      // R's case_when falls through NA comparisons to "inconsistent".
      expect(chart.assuranceIcon).toBe('inconsistent');
    });

    it('puts a constant series’ limits on the mean when screening is off', () => {
      expect(spc(series(Array(15).fill(100)), { screenOutliers: false }).segments[0]).toMatchObject({ upl: 100, lpl: 100 });
    });

    it('has no limits for a single point', () => {
      expect(spc(series([5])).points[0]).toMatchObject({ mean: 5, upl: null, lpl: null, pointType: 'common-cause' });
    });
  });

  describe('special causes', () => {
    it('flags a point beyond the upper limit as improvement when higher is better', () => {
      const chart = spc(series([...steady(15), 30]));
      expect(chart.points[15]).toMatchObject({
        outsideLimits: true,
        rules: ['beyond-process-limit'],
        specialCause: { rule: 'beyond-process-limit', side: 'high', label: 'Above UCL' },
        pointType: 'special-cause-improvement',
      });
      expect(chart.variationIcon).toBe('improvement-high');
    });

    it('flags the same point as concern when lower is better', () => {
      const chart = spc(series([...steady(15), 30]), { improvementDirection: 'decrease' });
      expect(chart.points[15]?.pointType).toBe('special-cause-concern');
      expect(chart.variationIcon).toBe('concern-high');
    });

    it('does not flag a point exactly on a process limit (the test is strict), but counts it as near', () => {
      const upl = spc(series(steady(12))).points[0]?.upl as number;
      const chart = spc(series([...steady(12), upl]), { fixAfterNPoints: 12 });
      expect(chart.points[12]).toMatchObject({ value: upl, upl, outsideLimits: false, nearLimits: true });
    });

    it('flags a run of 7 below the mean, every point of it', () => {
      const values = [...steady(14), 10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5];
      const chart = spc(series(values));
      const mean = chart.points[0]?.mean as number;
      expect(mean).toBeGreaterThan(10.5);
      expect(chart.points.slice(14).map((p) => p.specialCause?.label)).toEqual(Array(7).fill('7 Points Below CL'));
      expect(chart.points[13]?.specialCause).toBeNull();
    });

    it('lets a point exactly on the mean break a run', () => {
      // Mean exactly 0: 6 above, one on the mean, 6 above, then 12 below to balance.
      const above = [0.5, 1.5, 1, 0.5, 1.5, 1];
      const below = [-1, -0.5, -1.5, -1, -0.5, -1.5, -1, -0.5, -1.5, -1, -0.5, -1.5];
      const chart = spc(series([...above, 0, ...above, ...below]));
      expect(chart.points[0]?.mean).toBe(0);
      expect(chart.points[6]?.relativeToMean).toBe(0);
      expect(chart.points.slice(0, 13).map((p) => p.rules)).toEqual(Array(13).fill([]));
      expect(chart.points.slice(13).map((p) => p.rules)).toEqual(Array(12).fill(['seven-point-shift']));
    });

    it('flags 7 rising points as a trend even across the mean (issue #171), improvement when increasing', () => {
      const values = [...steady(10), 8, 9, 10, 11, 12, 13, 14];
      const chart = spc(series(values));
      expect(chart.points.slice(10).map((p) => [p.specialCause?.label, p.pointType])).toEqual(
        Array(7).fill(['7 Point Trend (Increasing)', 'special-cause-improvement']),
      );
    });

    it('flags 7 falling points as a trend (issue #167), concern when increasing is better', () => {
      const values = [...steady(10), 14, 13, 12, 11, 10, 9, 8];
      const chart = spc(series(values));
      expect(chart.points.slice(10).map((p) => p.pointType)).toEqual(Array(7).fill('special-cause-concern'));
    });

    it('does not count a tie as part of a trend', () => {
      const values = [...steady(10), 8, 9, 10, 10, 11, 12, 13];
      expect(spc(series(values)).points.slice(10).every((p) => !p.rules.includes('seven-point-trend'))).toBe(true);
    });

    it('flags two of three points beyond the upper 2-sigma line, only those two', () => {
      const values = [...steady(20), 14.8, 12, 14.8];
      const chart = spc(series(values), { fixAfterNPoints: 20 });
      expect(chart.points.slice(20).map((p) => p.specialCause?.label ?? null)).toEqual(['2 in 3 Above CL', null, '2 in 3 Above CL']);
    });
  });

  describe('precedence', () => {
    it('names a point by the first rule that flags it: limit, then trend, then 2 of 3, then shift', () => {
      // After a steady baseline: a rising run of 7 above the mean that ends beyond the UPL.
      const values = [...steady(20), 12.5, 13, 13.5, 14, 14.6, 15, 17];
      const chart = spc(series(values), { fixAfterNPoints: 20 });
      const tail = chart.points.slice(20);
      expect(tail.map((p) => p.rules)).toEqual([
        ['seven-point-trend', 'seven-point-shift'],
        ['seven-point-trend', 'seven-point-shift'],
        ['seven-point-trend', 'seven-point-shift'],
        ['seven-point-trend', 'seven-point-shift'],
        ['seven-point-trend', 'two-of-three-near-limit', 'seven-point-shift'],
        ['seven-point-trend', 'two-of-three-near-limit', 'seven-point-shift'],
        ['beyond-process-limit', 'seven-point-trend', 'seven-point-shift'],
      ]);
      expect(tail.map((p) => p.specialCause?.rule)).toEqual([...Array<string>(6).fill('seven-point-trend'), 'beyond-process-limit']);
    });

    it('names a point by 2 of 3 rather than by the shift it is also part of', () => {
      const values = [...steady(20), 12.5, 12.5, 12.5, 12.5, 14.8, 12.5, 14.8];
      const chart = spc(series(values), { fixAfterNPoints: 20 });
      expect(chart.points.slice(20).map((p) => p.specialCause?.rule)).toEqual([
        ...Array<string>(4).fill('seven-point-shift'),
        'two-of-three-near-limit',
        'seven-point-shift',
        'two-of-three-near-limit',
      ]);
    });
  });

  describe('improvement direction', () => {
    it('classifies neutral signals high or low, with purple icons and no assurance', () => {
      const chart = spc(series([...steady(15), 30]), { improvementDirection: 'neutral', target: 20 });
      expect(chart.points[15]?.pointType).toBe('special-cause-neutral-high');
      expect(chart.variationIcon).toBe('neutral-high');
      expect(chart.assuranceIcon).toBeNull();
    });
  });

  describe('rebasing', () => {
    it('gives each segment its own mean and limits and joins no run across the rebase', () => {
      // 4 points above the first mean end segment 0; 3 above start segment 1: not a shift.
      const values = [...steady(12), 13, 13, 13, 13, 20, 20, 20, 18, 22, 18, 22, 18, 22, 18];
      const chart = spc(series(values), { rebaseAt: [periodAt(16)] });
      expect(chart.segments.map((s) => [s.index, s.firstPeriod, s.length])).toEqual([
        [0, periodAt(0), 16],
        [1, periodAt(16), 10],
      ]);
      expect(chart.points[16]).toMatchObject({ segment: 1, mean: 19.8, movingRange: null });
      expect(chart.points.every((p) => !p.rules.includes('seven-point-shift'))).toBe(true);
    });

    it('takes the assurance icon from the latest segment’s limits', () => {
      const values = [...steady(12), ...steady(12).map((v) => v + 50)];
      const chart = spc(series(values), { rebaseAt: [periodAt(12)], target: 40 });
      expect(chart.assuranceIcon).toBe('consistent-pass');
    });

    it('ignores a rebase at the first point, as R (cumsum of the rebase column)', () => {
      expect(spc(series(steady(14)), { rebaseAt: [periodAt(0)] }).segments).toHaveLength(1);
    });
  });

  describe('fixed baseline', () => {
    it('computes the limits from the first n points and judges later points against them', () => {
      const values = [...steady(12), 30, 30];
      const chart = spc(series(values), { fixAfterNPoints: 12 });
      expect(chart.points[0]).toMatchObject({ mean: 11 });
      expect(chart.points[12]).toMatchObject({ inBaseline: false, movingRangeInLimits: false, outsideLimits: true });
      expect(chart.segments[0]).toMatchObject({ baselineLength: 12, length: 14 });
    });

    it('fixes each rebased segment on its own first n points', () => {
      const values = [...steady(14), ...steady(14).map((v) => v * 2)];
      const chart = spc(series(values), { fixAfterNPoints: 12, rebaseAt: [periodAt(14)] });
      expect(chart.segments.map((s) => [s.mean, s.baselineLength])).toEqual([
        [11, 12],
        [22, 12],
      ]);
    });

    it('uses all points when the segment is shorter than n', () => {
      expect(spc(series(steady(6)), { fixAfterNPoints: 12 }).segments[0]?.baselineLength).toBe(6);
    });

    it('refuses fewer than 12 points or a fraction, as R', () => {
      expect(() => spc(series(steady(20)), { fixAfterNPoints: 11 })).toThrow(RangeError);
      expect(() => spc(series(steady(20)), { fixAfterNPoints: 12.5 })).toThrow(RangeError);
    });
  });

  describe('input', () => {
    it('returns no points and no icons for an empty series', () => {
      expect(spc([], { target: 1 })).toMatchObject({ points: [], segments: [], variationIcon: null, assuranceIcon: null });
    });

    it('refuses points out of period order, repeated periods, unknown rebase periods and non-numbers', () => {
      const points = series([1, 2, 3]);
      expect(() => spc([points[1]!, points[0]!])).toThrow('period order');
      expect(() => spc([points[0]!, points[0]!])).toThrow('period order');
      expect(() => spc(points, { rebaseAt: ['1999-01-01'] })).toThrow('Rebase period 1999-01-01');
      expect(() => spc(series([1, Number.NaN]))).toThrow(RangeError);
    });

    it('does not change its input', () => {
      const points = series(steady(14));
      const copy = structuredClone(points);
      spc(points, { rebaseAt: [periodAt(7)] });
      expect(points).toEqual(copy);
    });
  });
});
