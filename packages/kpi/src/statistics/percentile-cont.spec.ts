import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { median, percentileCont } from './percentile-cont.js';

describe('percentileCont (PostgreSQL percentile_cont)', () => {
  it('is null for no values, like an aggregate over no rows', () => {
    expect(percentileCont([], 0.9)).toBeNull();
  });

  it('interpolates between the rows floor(p(n-1)) and ceil(p(n-1)) of the sorted values', () => {
    // SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY x) FROM unnest('{40,10,30,20}'::float8[]) x → 37
    expect(percentileCont([40, 10, 30, 20], 0.9)).toBe(37);
    expect(percentileCont([40, 10, 30, 20], 0)).toBe(10);
    expect(percentileCont([40, 10, 30, 20], 1)).toBe(40);
  });

  it('returns the single value whatever p is', () => {
    expect(percentileCont([7], 0.9)).toBe(7);
  });

  it('rejects p outside [0, 1] with the PostgreSQL message', () => {
    expect(() => percentileCont([1], 1.5)).toThrow('percentile value 1.5 is not between 0 and 1');
    expect(() => percentileCont([1], Number.NaN)).toThrow(RangeError);
  });

  it('rejects values that are not finite', () => {
    expect(() => percentileCont([1, Number.NaN], 0.5)).toThrow(RangeError);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentileCont(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });

  describe('properties', () => {
    const values = fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 60 });
    const probability = fc.double({ min: 0, max: 1, noNaN: true });

    it('is monotone in p', () => {
      fc.assert(
        fc.property(values, probability, probability, (xs, p, q) => {
          const [low, high] = p <= q ? [p, q] : [q, p];
          expect(percentileCont(xs, low)).toBeLessThanOrEqual(percentileCont(xs, high) as number);
        }),
      );
    });

    it('stays within [min, max] of the values', () => {
      fc.assert(
        fc.property(values, probability, (xs, p) => {
          const value = percentileCont(xs, p) as number;
          expect(value).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(value).toBeLessThanOrEqual(Math.max(...xs));
        }),
      );
    });
  });
});
