import { describe, expect, it } from '@jest/globals';
import { wholeTimeEquivalent } from './whole-time-equivalent.js';

describe('wholeTimeEquivalent', () => {
  it('is 1 for the 37.5-hour AfC standard week', () => {
    expect(wholeTimeEquivalent(37.5)).toBe(1);
  });

  it('pro-rates part-time hours', () => {
    expect(wholeTimeEquivalent(22.5)).toBe(0.6);
  });
});
