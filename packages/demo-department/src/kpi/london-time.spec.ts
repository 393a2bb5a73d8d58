import { describe, expect, it } from '@jest/globals';
import { parseInstant } from '@recordroom/kpi';
import { londonWallClockToEpoch } from './london-time.js';

describe('londonWallClockToEpoch', () => {
  it.each([
    ['2026-01-15', 9 * 60, '2026-01-15 09:00'],
    ['2026-07-01', 9 * 60 + 30, '2026-07-01 09:30'],
    ['2026-03-29', 3 * 60, '2026-03-29 03:00'],
    ['2026-10-25', 12 * 60, '2026-10-25 12:00'],
    ['2026-10-23', 24 * 60 + 9 * 60, '2026-10-24 09:00'],
  ])('agrees with the time-zone database for %s minute %i', (date, minute, local) => {
    expect(new Date(londonWallClockToEpoch(date, minute)).toISOString()).toBe(parseInstant(local));
  });
});
