import { FIRST_DATE_WITH_BANK_HOLIDAYS, LAST_DATE_WITH_BANK_HOLIDAYS, isIsoDate, type IsoDate } from '@recordroom/calendar';
import { z } from 'zod';

/**
 * A calendar date on the wire: `yyyy-mm-dd`, and a real day (no 31 February). Every date field
 * uses one of the windows below, never this alone; a date that is not a date gets this message
 * only, not the window's as well.
 */
const isoDate = z.string().refine(isIsoDate, { message: 'must be a date written yyyy-mm-dd', abort: true });

/**
 * The earliest date a record may hold where no rule gives one (a DBS check): the department
 * keeps nothing older, so an earlier date is a typing error (0206 for 2026).
 */
const EARLIEST_RECORD_DATE: IsoDate = '1900-01-01';

/**
 * The appointed day of the National Health Service Act 1946: the NHS began on 5 July 1948, so no
 * NHS service starts earlier.
 */
const NHS_FOUNDING_DATE: IsoDate = '1948-07-05';

/** `isoDate` within [from, to], each bound refused with its reason in plain words. */
function dateWithin(from: { date: IsoDate; why: string }, to: { date: IsoDate; why: string }) {
  return isoDate
    .refine((date) => date >= from.date, `must be on or after ${from.date}, ${from.why}`)
    .refine((date) => date <= to.date, `must be on or before ${to.date}, ${to.why}`);
}

const LAST_WITH_BANK_HOLIDAYS = { date: LAST_DATE_WITH_BANK_HOLIDAYS, why: 'the last date with bank-holiday data' };

/**
 * A day of the rota or of the KPIs (rota periods, shifts, cover dates, absences, KPI ranges and
 * the queries over them): inside the bank-holiday data, since working days, the rota's rules and
 * SAR due dates are known only there.
 */
export const dateWithBankHolidayData = dateWithin({ date: FIRST_DATE_WITH_BANK_HOLIDAYS, why: 'the first date with bank-holiday data' }, LAST_WITH_BANK_HOLIDAYS);

/** The start of a person's NHS service: not before the NHS began. How far ahead it may be is a rule of today (the API's). */
export const nhsServiceDate = dateWithin({ date: NHS_FOUNDING_DATE, why: 'the day the NHS began' }, LAST_WITH_BANK_HOLIDAYS);

/** A date in a person's record with no earlier bound of its own (a DBS check). How far ahead it may be is a rule of today. */
export const recordDate = dateWithin({ date: EARLIEST_RECORD_DATE, why: 'the earliest date a record may hold' }, LAST_WITH_BANK_HOLIDAYS);

/** The optimistic-concurrency version a client read, sent back with a change (bodies). */
export const version = z.number().int().min(1);

/** The same version in a query string, where every value arrives as text. */
export const queryVersion = z.coerce.number().int().min(1);
