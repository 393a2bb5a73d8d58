import { describe, expect, it } from '@jest/globals';
import { shareOut } from './share-out.js';

describe('shareOut', () => {
  it('splits exactly in proportion when the shares are whole', () => {
    expect(shareOut(33, [8, 10, 8, 4, 3])).toEqual([8, 10, 8, 4, 3]);
  });

  it('gives leftovers to the largest remainders, earlier groups first on a tie', () => {
    expect(shareOut(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(shareOut(2_001, Array.from({ length: 50 }, () => 1)).slice(0, 2)).toEqual([41, 40]);
  });

  it('always adds up to the total', () => {
    for (let total = 0; total < 200; total += 1) {
      expect(shareOut(total, [8, 10, 8, 4, 3]).reduce((a, b) => a + b, 0)).toBe(total);
    }
  });

  it('refuses a fractional or negative total', () => {
    expect(() => shareOut(1.5, [1])).toThrow(RangeError);
    expect(() => shareOut(-1, [1])).toThrow(RangeError);
  });
});
