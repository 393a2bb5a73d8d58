import { describe, expect, it } from '@jest/globals';
import { createRandom } from './prng.js';

const draws = (seed: number, stream = 0, count = 5): number[] => {
  const random = createRandom(seed, stream);
  return Array.from({ length: count }, () => random.uint32());
};

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(draws(42)).toEqual(draws(42));
  });

  it('keeps the first draws of seed 1 fixed, so a demo database seeded today is seeded the same tomorrow', () => {
    expect(draws(1, 0, 3)).toEqual([1675096631, 252728538, 3495675884]);
  });

  it('gives different sequences for different seeds and for different streams of one seed', () => {
    expect(draws(1)).not.toEqual(draws(2));
    expect(draws(1, 0)).not.toEqual(draws(1, 1));
    expect(draws(0, 1)).not.toEqual(draws(1, 0));
  });

  it('draws fractions in [0, 1) that average about a half', () => {
    const random = createRandom(7);
    const values = Array.from({ length: 10_000 }, () => random.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 1);
  });

  it('draws every integer of a range, both ends included, and nothing outside it', () => {
    const random = createRandom(3);
    const seen = new Set(Array.from({ length: 1_000 }, () => random.integer(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('shuffles into a permutation without changing the input', () => {
    const input = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
    const shuffled = createRandom(5).shuffle(input);
    expect([...shuffled].sort()).toEqual([...input]);
    expect(input).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('refuses a seed that is not a whole number, and picking from nothing', () => {
    expect(() => createRandom(1.5)).toThrow(RangeError);
    expect(() => createRandom(Number.NaN)).toThrow(RangeError);
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});
