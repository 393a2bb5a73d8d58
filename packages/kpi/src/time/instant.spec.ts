import { describe, expect, it } from '@jest/globals';
import { minutesBetween, parseInstant } from './instant.js';

describe('parseInstant', () => {
  it('returns a canonical UTC timestamp unchanged, and refuses one with an impossible date or time', () => {
    expect(parseInstant('2025-01-15T10:00:00.000Z')).toBe('2025-01-15T10:00:00.000Z');
    expect(parseInstant('2024-02-29T23:59:59.999Z')).toBe('2024-02-29T23:59:59.999Z');
    expect(parseInstant('2025-02-29T10:00:00.000Z')).toBeNull();
    expect(parseInstant('2025-04-31T10:00:00.000Z')).toBeNull();
    expect(parseInstant('2025-01-15T10:60:00.000Z')).toBeNull();
  });

  it('keeps UTC and offset timestamps as the same instant', () => {
    expect(parseInstant('2025-01-15T10:00:00Z')).toBe('2025-01-15T10:00:00.000Z');
    expect(parseInstant('2025-07-01T10:00:00+01:00')).toBe('2025-07-01T09:00:00.000Z');
  });

  it('reads local wall-clock times in Europe/London, GMT in winter and BST in summer', () => {
    expect(parseInstant('2025-01-15 10:00')).toBe('2025-01-15T10:00:00.000Z');
    expect(parseInstant('2025-07-01 09:30')).toBe('2025-07-01T08:30:00.000Z');
    expect(parseInstant('2025-07-01T09:30:15')).toBe('2025-07-01T08:30:15.000Z');
  });

  it('reads local times in another zone when told to', () => {
    expect(parseInstant('2025-07-01 09:30', 'UTC')).toBe('2025-07-01T09:30:00.000Z');
  });

  it('rejects dates that do not exist and text that is not a timestamp', () => {
    expect(parseInstant('2025-02-30 10:00')).toBeNull();
    expect(parseInstant('2025-02-30T10:00:00Z')).toBeNull();
    expect(parseInstant('2025-01-15 25:00')).toBeNull();
    expect(parseInstant('15/01/2025 10:00')).toBeNull();
    expect(parseInstant('')).toBeNull();
  });
});

describe('minutesBetween', () => {
  it('counts elapsed minutes across the clocks going forward', () => {
    // 00:30 GMT to 03:30 BST on 30 March 2025 is two hours of elapsed time.
    const from = parseInstant('2025-03-30 00:30') as string;
    const to = parseInstant('2025-03-30 03:30') as string;
    expect(minutesBetween(from, to)).toBe(120);
  });
});
