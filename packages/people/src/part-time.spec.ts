import { describe, expect, it } from '@jest/globals';
import { isPartTime } from './part-time.js';

describe('isPartTime', () => {
  it('counts contracts below 37.5 hours, and not bank staff with no contracted hours', () => {
    expect(isPartTime({ contractType: 'permanent', contractedHoursPerWeek: 22.5 })).toBe(true);
    expect(isPartTime({ contractType: 'fixed-term', contractedHoursPerWeek: 37.5 })).toBe(false);
    expect(isPartTime({ contractType: 'bank', contractedHoursPerWeek: 0 })).toBe(false);
  });
});
