import { describe, expect, it } from '@jest/globals';
import { formatPence, poundsToPence, roundHalfUp, share } from './pence.js';

describe('pence', () => {
  it('turns pounds into whole pence and refuses fractions of a penny', () => {
    expect(poundsToPence(26_598)).toBe(2_659_800);
    expect(poundsToPence(12.51)).toBe(1251);
    expect(() => poundsToPence(0.001)).toThrow(RangeError);
    expect(() => poundsToPence(-1)).toThrow(RangeError);
  });

  it('rounds half up, once', () => {
    expect(roundHalfUp(5, 2)).toBe(3);
    expect(roundHalfUp(4, 3)).toBe(1);
    expect(roundHalfUp(0, 7)).toBe(0);
    expect(() => roundHalfUp(1.5, 2)).toThrow(RangeError);
  });

  it('takes a share of an amount, negative amounts rounding away from zero like positive ones', () => {
    expect(share(291_975, 15, 100)).toBe(43_796);
    expect(share(-100, 1, 3)).toBe(-33);
  });

  it('formats for a person to read', () => {
    expect(formatPence(123_456)).toBe('£1,234.56');
    expect(formatPence(-1200)).toBe('−£12.00');
    expect(formatPence(5)).toBe('£0.05');
  });
});
