import { describe, expect, it } from '@jest/globals';
import { isDbsRenewalDue } from './dbs-renewal.js';
import { isPartTime } from './part-time.js';

describe('isPartTime', () => {
  it('counts contracts below 37.5 hours, and not bank staff with no contracted hours', () => {
    expect(isPartTime({ contractType: 'permanent', contractedHoursPerWeek: 22.5 })).toBe(true);
    expect(isPartTime({ contractType: 'fixed-term', contractedHoursPerWeek: 37.5 })).toBe(false);
    expect(isPartTime({ contractType: 'bank', contractedHoursPerWeek: 0 })).toBe(false);
  });
});

describe('isDbsRenewalDue', () => {
  it('is due when no check is on file', () => {
    expect(isDbsRenewalDue(null, '2026-11-02')).toBe(true);
  });

  it('is due on the third anniversary of the last check, not the day before', () => {
    expect(isDbsRenewalDue('2023-11-02', '2026-11-01')).toBe(false);
    expect(isDbsRenewalDue('2023-11-02', '2026-11-02')).toBe(true);
  });

  it('takes the renewal period as a setting', () => {
    expect(isDbsRenewalDue('2024-11-02', '2026-11-02', 2)).toBe(true);
  });
});
