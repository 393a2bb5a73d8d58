import { describe, expect, it } from '@jest/globals';
import { formatDuration } from './format-duration.js';

describe('formatDuration', () => {
  it('writes hours and minutes the way staff say them', () => {
    expect(formatDuration(510)).toBe('8 h 30 min');
    expect(formatDuration(660)).toBe('11 h');
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(-90)).toBe('-1 h 30 min');
  });
});
