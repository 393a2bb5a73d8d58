import { describe, expect, it } from '@jest/globals';
import { aCoverRequirement } from '../test-support/factories.js';
import { validateCoverRequirement } from './validate-cover-requirement.js';
import { validateStaffPreference } from './validate-staff-preference.js';

describe('validateCoverRequirement', () => {
  it('accepts a weekday requirement with a skill mix, and a date requirement', () => {
    expect(validateCoverRequirement(aCoverRequirement({ minimum: 2, ideal: 3, skillMix: [{ skill: 'tracking', minimum: 1 }] }))).toEqual([]);
    expect(validateCoverRequirement(aCoverRequirement({ appliesTo: { date: '2026-12-24' } }))).toEqual([]);
  });

  it('names each bad field', () => {
    expect(validateCoverRequirement(aCoverRequirement({ minimum: 3, ideal: 2 }))).toEqual([{ field: 'ideal', message: 'is 2, below the minimum of 3' }]);
    expect(validateCoverRequirement(aCoverRequirement({ appliesTo: { weekday: 8 as never }, skillMix: [{ skill: 'tracking', minimum: 5 }] })).map((e) => e.field)).toEqual([
      'appliesTo.weekday',
      'skillMix[0].minimum',
    ]);
    expect(validateCoverRequirement(aCoverRequirement({ minimum: -1 }))).toEqual([{ field: 'minimum', message: 'must be a whole number of people, 0 or more' }]);
  });
});

describe('validateStaffPreference', () => {
  it('names a weight below 1', () => {
    expect(validateStaffPreference({ staffId: 'ann', date: '2026-03-02', shiftTypeId: null, kind: 'off', weight: 0 })).toEqual([{ field: 'weight', message: 'must be a whole number, 1 or more' }]);
  });
});
