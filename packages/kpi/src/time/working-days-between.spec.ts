import { describe, expect, it } from '@jest/globals';
import { workingDaysBetween } from './working-days-between.js';

describe('workingDaysBetween', () => {
  it('counts Monday as one working day after Friday', () => {
    expect(workingDaysBetween('2025-03-07', '2025-03-10')).toBe(1);
  });

  it('skips bank holidays', () => {
    // Thursday 17 April 2025 → Tuesday 22 April: Good Friday and Easter Monday are bank holidays.
    expect(workingDaysBetween('2025-04-17', '2025-04-22')).toBe(1);
  });

  it('is 0 on the same day or earlier', () => {
    expect(workingDaysBetween('2025-03-10', '2025-03-10')).toBe(0);
    expect(workingDaysBetween('2025-03-10', '2025-03-03')).toBe(0);
  });
});
