import { describe, expect, it } from '@jest/globals';
import { sickDaysSoFar, sickDayWeight } from './sickness-episode.js';
import { DEFAULT_SICKNESS_REASONS, sicknessReason } from './sickness-reasons.js';

describe('sickDaysSoFar', () => {
  it('runs an open episode, or one ending after today, to today', () => {
    expect(sickDaysSoFar({ startDate: '2026-03-02', endDate: null }, '2026-03-04')).toEqual({ start: '2026-03-02', end: '2026-03-04' });
    expect(sickDaysSoFar({ startDate: '2026-03-02', endDate: '2026-03-20' }, '2026-03-04')).toEqual({ start: '2026-03-02', end: '2026-03-04' });
    expect(sickDaysSoFar({ startDate: '2026-03-02', endDate: '2026-03-03' }, '2026-03-04')).toEqual({ start: '2026-03-02', end: '2026-03-03' });
  });

  it('is nothing for an episode that has not begun', () => {
    expect(sickDaysSoFar({ startDate: '2026-03-05', endDate: null }, '2026-03-04')).toBeNull();
  });
});

describe('sickDayWeight', () => {
  const episode = { startDate: '2026-03-02', endDate: '2026-03-04', startHalfDay: true, endHalfDay: true };

  it('counts half first and last days as 0.5, the days between as 1, outside as 0', () => {
    expect(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'].map((d) => sickDayWeight(episode, d))).toEqual([0, 0.5, 1, 0.5, 0]);
  });

  it('counts half days whole when told to', () => {
    expect(sickDayWeight(episode, '2026-03-02', false)).toBe(1);
  });
});

describe('sickness reasons', () => {
  it('finds a reason by code, and marks pregnancy-related disorders for exclusion from triggers', () => {
    expect(sicknessReason('S11')?.label).toBe('Back problems');
    expect(sicknessReason('S30')?.exclusion).toBe('pregnancy-related');
    expect(sicknessReason('X1')).toBeUndefined();
  });

  it('holds each code once', () => {
    expect(new Set(DEFAULT_SICKNESS_REASONS.map((r) => r.code)).size).toBe(DEFAULT_SICKNESS_REASONS.length);
  });
});
