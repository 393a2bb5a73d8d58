import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { series } from '../test-support/series.js';
import { spc } from './spc.js';

const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 60 });
const options = fc.record({
  screenOutliers: fc.boolean(),
  fixAfterNPoints: fc.option(fc.integer({ min: 12, max: 40 }), { nil: null }),
  rebaseEvery: fc.option(fc.integer({ min: 2, max: 30 }), { nil: null }),
});

function rebases(n: number, every: number | null): string[] {
  if (every === null) return [];
  return series(Array(n).fill(0) as number[])
    .filter((_, i) => i > 0 && i % every === 0)
    .map((p) => p.period);
}

describe('spc properties', () => {
  it('places the process limits and bands symmetrically about the mean', () => {
    fc.assert(
      fc.property(values, options, (ys, o) => {
        const chart = spc(series(ys), { ...o, rebaseAt: rebases(ys.length, o.rebaseEvery) });
        for (const p of chart.points) {
          if (p.upl === null || p.lpl === null) continue;
          const scale = Math.max(1, Math.abs(p.mean), p.upl - p.mean);
          expect(Math.abs(p.upl - p.mean - (p.mean - p.lpl))).toBeLessThanOrEqual(1e-9 * scale);
          expect(Math.abs((p.upperTwoSigma as number) - p.mean - (p.mean - (p.lowerTwoSigma as number)))).toBeLessThanOrEqual(1e-9 * scale);
          expect(p.lpl).toBeLessThanOrEqual(p.lowerTwoSigma as number);
          expect(p.upperTwoSigma as number).toBeLessThanOrEqual(p.upl);
        }
      }),
    );
  });

  it('gives every point exactly one result, flagged if and only if a rule flags it', () => {
    fc.assert(
      fc.property(values, options, (ys, o) => {
        const chart = spc(series(ys), { ...o, rebaseAt: rebases(ys.length, o.rebaseEvery) });
        expect(chart.points).toHaveLength(ys.length);
        for (const p of chart.points) {
          expect(p.specialCause === null).toBe(p.rules.length === 0);
          expect(p.pointType === 'common-cause').toBe(p.rules.length === 0);
          expect(p.specialCause?.rule).toBe(p.rules[0]);
        }
      }),
    );
  });

  it('mirrors: negating the values and swapping the direction gives the same point types', () => {
    // Equal neighbours are excluded: R labels a level top between two trends "Decreasing" either way up.
    const distinctNeighbours = values.filter((ys) => ys.every((y, i) => i === 0 || y !== ys[i - 1]));
    fc.assert(
      fc.property(distinctNeighbours, options, (ys, o) => {
        const rebaseAt = rebases(ys.length, o.rebaseEvery);
        const up = spc(series(ys), { ...o, rebaseAt, improvementDirection: 'increase' });
        const down = spc(series(ys.map((y) => -y)), { ...o, rebaseAt, improvementDirection: 'decrease' });
        expect(down.points.map((p) => p.pointType)).toEqual(up.points.map((p) => p.pointType));
      }),
    );
  });
});
