import { describe, expect, it } from '@jest/globals';
import type { ClinicPull } from '../events/clinic-pull.js';
import { computeClinicAvailability } from './compute-clinic-availability.js';

function aPull(notesAvailableAtStart: boolean): ClinicPull {
  return { clinicId: 'C-ENT-01', clinicDate: '2025-03-03', recordId: 'R-1', notesAvailableAtStart };
}

describe('computeClinicAvailability', () => {
  it('is the share of attendances with notes at clinic start', () => {
    expect(computeClinicAvailability([aPull(true), aPull(true), aPull(true), aPull(false)])).toEqual({
      numerator: 3,
      denominator: 4,
      percent: 75,
    });
  });

  it('has no value for a period with no clinics', () => {
    expect(computeClinicAvailability([]).percent).toBeNull();
  });
});
