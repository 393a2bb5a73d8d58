import { describe, expect, it } from '@jest/globals';
import { computeSicknessAbsenceRate } from './compute-sickness-absence-rate.js';

describe('computeSicknessAbsenceRate', () => {
  it('reproduces the absence.md example: 10 FTE over a 30-day month, 12 FTE days lost is 4%', () => {
    const team = Array.from({ length: 10 }, (_, i) => ({ wte: 1, daysAvailable: 30, daysLost: i < 4 ? 3 : 0 }));
    expect(computeSicknessAbsenceRate(team)).toEqual({ numerator: 12, denominator: 300, percent: 4 });
  });

  it('weights days by whole-time equivalent', () => {
    // A 0.6 WTE worker off 5 days loses 3 FTE days of 18 available.
    expect(computeSicknessAbsenceRate([{ wte: 0.6, daysAvailable: 30, daysLost: 5 }]).numerator).toBeCloseTo(3, 12);
  });
});
