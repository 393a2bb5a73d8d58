import { describe, expect, it } from '@jest/globals';
import { trustMonth, trustToday } from './trust-today';

describe('the trust wall clock', () => {
  it('is already the next day in London while UTC is still on the last day of the month (summer time)', () => {
    const halfPastMidnightBst = new Date('2026-03-31T23:30:00Z');
    expect(trustToday(halfPastMidnightBst)).toBe('2026-04-01');
    expect(trustMonth(halfPastMidnightBst)).toBe('2026-04');
  });

  it('agrees with UTC in winter, when London is on GMT', () => {
    expect(trustToday(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
