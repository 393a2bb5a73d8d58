import { describe, expect, it } from '@jest/globals';
import {
  BANK_HOLIDAYS_ENGLAND_AND_WALES,
  FIRST_DATE_WITH_BANK_HOLIDAYS,
  LAST_DATE_WITH_BANK_HOLIDAYS,
  bankHolidaysBetween,
  hasBankHolidayData,
  isBankHoliday,
  isWorkingDay,
  onOrNextWorkingDay,
} from './bank-holidays.js';
import { addDays } from './iso-date.js';

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

describe('the dates the bank-holiday data covers', () => {
  it('runs from 1 January of its first year to 31 December of its last', () => {
    const years = BANK_HOLIDAYS_ENGLAND_AND_WALES.map((h) => h.date.slice(0, 4)).sort();
    expect(FIRST_DATE_WITH_BANK_HOLIDAYS).toBe(`${years[0]}-01-01`);
    expect(LAST_DATE_WITH_BANK_HOLIDAYS).toBe(`${years[years.length - 1]}-12-31`);
  });

  it('has bank holidays in every year it covers, so no year inside it is guessed', () => {
    const first = Number(FIRST_DATE_WITH_BANK_HOLIDAYS.slice(0, 4));
    const last = Number(LAST_DATE_WITH_BANK_HOLIDAYS.slice(0, 4));
    for (let year = first; year <= last; year += 1) {
      expect(bankHolidaysBetween(`${year}-01-01`, `${year}-12-31`).length).toBeGreaterThanOrEqual(8);
    }
  });

  it('answers inside it and refuses the day either side of it', () => {
    expect(hasBankHolidayData(LAST_DATE_WITH_BANK_HOLIDAYS)).toBe(true);
    expect(() => isBankHoliday(LAST_DATE_WITH_BANK_HOLIDAYS)).not.toThrow();
    expect(() => isBankHoliday(addDays(LAST_DATE_WITH_BANK_HOLIDAYS, 1))).toThrow(RangeError);
    expect(() => isBankHoliday(addDays(FIRST_DATE_WITH_BANK_HOLIDAYS, -1))).toThrow(RangeError);
  });
});
