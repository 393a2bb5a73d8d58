import { describe, expect, it } from '@jest/globals';
import { FIRST_DATE_WITH_BANK_HOLIDAYS, LAST_DATE_WITH_BANK_HOLIDAYS, addDays } from '@recordroom/calendar';
import { dateWithBankHolidayData, nhsServiceDate, queryVersion, recordDate, version } from './fields.js';

const messages = (result: { error?: { issues: { message: string }[] } | undefined }) => result.error?.issues.map((issue) => issue.message);

describe('date fields', () => {
  it('accept a real day written yyyy-mm-dd, including a leap day', () => {
    expect(dateWithBankHolidayData.parse('2028-02-29')).toBe('2028-02-29');
  });

  it.each(['2027-02-29', '2026-04-31', '03/04/2026', '2026-4-3', ''])('refuse %j with one message saying how to write a date', (text) => {
    expect(messages(dateWithBankHolidayData.safeParse(text))).toEqual(['must be a date written yyyy-mm-dd']);
  });

  it('keep rota and KPI days inside the bank-holiday data, saying why', () => {
    expect(dateWithBankHolidayData.safeParse(FIRST_DATE_WITH_BANK_HOLIDAYS).success).toBe(true);
    expect(dateWithBankHolidayData.safeParse(LAST_DATE_WITH_BANK_HOLIDAYS).success).toBe(true);
    expect(messages(dateWithBankHolidayData.safeParse(addDays(FIRST_DATE_WITH_BANK_HOLIDAYS, -1)))).toEqual([`must be on or after ${FIRST_DATE_WITH_BANK_HOLIDAYS}, the first date with bank-holiday data`]);
    expect(messages(dateWithBankHolidayData.safeParse('9999-12-31'))).toEqual([`must be on or before ${LAST_DATE_WITH_BANK_HOLIDAYS}, the last date with bank-holiday data`]);
  });

  it('start NHS service no earlier than the day the NHS began, 5 July 1948', () => {
    expect(nhsServiceDate.safeParse('1948-07-05').success).toBe(true);
    expect(messages(nhsServiceDate.safeParse('1948-07-04'))).toEqual(['must be on or after 1948-07-05, the day the NHS began']);
  });

  it('keep other record dates from 1900 to the last date with bank-holiday data', () => {
    expect(recordDate.safeParse('1900-01-01').success).toBe(true);
    expect(messages(recordDate.safeParse('0206-01-05'))).toEqual(['must be on or after 1900-01-01, the earliest date a record may hold']);
    expect(recordDate.safeParse(addDays(LAST_DATE_WITH_BANK_HOLIDAYS, 1)).success).toBe(false);
  });
});

describe('versions', () => {
  it('takes a body version as a number from 1, never as text', () => {
    expect(version.parse(4)).toBe(4);
    expect(version.safeParse(0).success).toBe(false);
    expect(version.safeParse('4').success).toBe(false);
  });

  it('reads a query-string version from its text', () => {
    expect(queryVersion.parse('4')).toBe(4);
    expect(queryVersion.safeParse('0').success).toBe(false);
  });
});
