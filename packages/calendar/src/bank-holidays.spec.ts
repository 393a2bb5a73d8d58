import { describe, expect, it } from '@jest/globals';
import { bankHolidaysBetween, isBankHoliday, isWorkingDay, onOrNextWorkingDay } from './bank-holidays.js';

describe('bank holidays of England and Wales', () => {
  it('knows the substitute Boxing Day of 2026 (26 December is a Saturday)', () => {
    expect(isBankHoliday('2026-12-28')).toBe(true);
    expect(isBankHoliday('2026-12-26')).toBe(false);
  });

  it('has eight bank holidays in 2025', () => {
    expect(bankHolidaysBetween('2025-01-01', '2025-12-31')).toHaveLength(8);
  });

  it('keeps the one-off holidays of 2022 (Platinum Jubilee, State Funeral)', () => {
    expect(isBankHoliday('2022-06-03')).toBe(true);
    expect(isBankHoliday('2022-09-19')).toBe(true);
  });

  it('refuses dates it has no data for rather than guessing', () => {
    expect(() => isBankHoliday('2031-01-01')).toThrow(RangeError);
  });

  it('moves a Saturday before Easter to the Tuesday after Easter Monday', () => {
    // Good Friday 3 April 2026, Easter Monday 6 April 2026.
    expect(onOrNextWorkingDay('2026-04-04')).toBe('2026-04-07');
    expect(isWorkingDay('2026-04-07')).toBe(true);
  });
});
