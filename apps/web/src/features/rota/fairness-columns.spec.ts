import { describe, expect, it } from '@jest/globals';
import { describeStanding } from './fairness-columns';

describe('describeStanding', () => {
  it('says how far someone is from their pro-rata share', () => {
    expect(describeStanding({ count: 5, perWte: 5, expected: 3.2, deviation: 1.8 })).toBe('5 (share 3.2, 1.8 above)');
    expect(describeStanding({ count: 1, perWte: 2, expected: 2.5, deviation: -1.5 })).toBe('1 (share 2.5, 1.5 below)');
    expect(describeStanding({ count: 3, perWte: 3, expected: 3.01, deviation: -0.01 })).toBe('3 (share 3, fair)');
  });

  it('says when someone holds no share (bank staff, or without the A&E desk skill)', () => {
    expect(describeStanding({ count: 2, perWte: null, expected: null, deviation: null })).toBe('2 (no share)');
  });
});
