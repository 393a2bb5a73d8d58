import { describe, expect, it } from '@jest/globals';
import { isWallClockTime, minuteOfDay, wallClockTimeOf } from './wall-clock-time.js';

describe('wall-clock times', () => {
  it('accepts 24-hour HH:mm only', () => {
    expect(isWallClockTime('00:30')).toBe(true);
    expect(isWallClockTime('23:59')).toBe(true);
    expect(isWallClockTime('24:00')).toBe(false);
    expect(isWallClockTime('7:00')).toBe(false);
    expect(isWallClockTime(700)).toBe(false);
  });

  it('converts to minutes after midnight and back, wrapping past midnight', () => {
    expect(minuteOfDay('16:30')).toBe(990);
    expect(wallClockTimeOf(990)).toBe('16:30');
    expect(wallClockTimeOf(1470)).toBe('00:30');
    expect(() => minuteOfDay('25:00')).toThrow(RangeError);
  });
});
