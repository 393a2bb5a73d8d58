import { describe, expect, it } from '@jest/globals';
import { computeVacancyRate } from './compute-vacancy-rate.js';

describe('computeVacancyRate', () => {
  it('is unfilled funded WTE over funded WTE across the establishment', () => {
    expect(computeVacancyRate([{ fundedWte: 8, inPostWte: 7 }, { fundedWte: 2, inPostWte: 2 }])).toEqual({
      numerator: 1,
      denominator: 10,
      percent: 10,
    });
  });

  it('is negative when over establishment', () => {
    expect(computeVacancyRate([{ fundedWte: 4, inPostWte: 5 }]).percent).toBe(-25);
  });
});
