import { describe, expect, it } from '@jest/globals';
import { addDays } from '@recordroom/calendar';
import fc from 'fast-check';
import { completedYearsOfService, serviceAnniversary } from './reckonable-service.js';

describe('completedYearsOfService', () => {
  it('completes a year on the anniversary, not the day before', () => {
    expect(completedYearsOfService('2021-06-15', '2026-06-14')).toBe(4);
    expect(completedYearsOfService('2021-06-15', '2026-06-15')).toBe(5);
  });

  it('is 0 before service starts and in the first year', () => {
    expect(completedYearsOfService('2026-06-15', '2026-01-01')).toBe(0);
    expect(completedYearsOfService('2026-06-15', '2027-06-14')).toBe(0);
  });

  it('completes a 29 February start on 28 February in a common year', () => {
    expect(serviceAnniversary('2024-02-29', 1)).toBe('2025-02-28');
    expect(completedYearsOfService('2024-02-29', '2025-02-28')).toBe(1);
  });

  it('is n on the n-th anniversary and n - 1 the day before, for any start', () => {
    const dates = fc.integer({ min: 0, max: 12_000 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const anniversary = serviceAnniversary(start, n);
        expect(completedYearsOfService(start, anniversary)).toBe(n);
        expect(completedYearsOfService(start, addDays(anniversary, -1))).toBe(n - 1);
      }),
    );
  });
});
