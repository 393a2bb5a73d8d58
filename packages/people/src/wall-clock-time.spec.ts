import { describe, expect, it } from '@jest/globals';
import { isWallClockTime, minuteOfDay } from './wall-clock-time.js';

describe('wall-clock times', () => {
  it('accepts 24-hour HH:mm only', () => {
    expect(['00:00', '09:30', '23:59'].every(isWallClockTime)).toBe(true);
    expect(['24:00', '9:30', '09:60', 930, null].some(isWallClockTime)).toBe(false);
  });

  it('counts minutes since midnight', () => {
    expect(minuteOfDay('09:30')).toBe(570);
    expect(minuteOfDay('23:59')).toBe(1439);
  });
});
