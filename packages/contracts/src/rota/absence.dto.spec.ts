import { describe, expect, it } from '@jest/globals';
import { FIRST_DATE_WITH_BANK_HOLIDAYS, LAST_DATE_WITH_BANK_HOLIDAYS, addDays, daysBetween } from '@recordroom/calendar';
import { ABSENCE_STATUSES, validateAbsence } from '@recordroom/rota';
import fc from 'fast-check';
import { createAbsenceSchema, listAbsencesQuery } from './absence.dto.js';
import { ABSENCE_RECORD_STATUSES } from './record-statuses.js';

/** The rota's longest absence (validateAbsence): the contract leaves it to the rota, which answers 422. */
const LONGEST_ABSENCE_DAYS = 366;

const leave = { kind: 'annual-leave', startDate: '2026-05-04', endDate: '2026-05-08' };

describe('createAbsenceSchema', () => {
  it('takes a week of annual leave asked for by the person themselves', () => {
    expect(createAbsenceSchema.parse(leave)).toEqual(leave);
  });

  it('takes part of one day as 24-hour times, and refuses 24:00 and 9am', () => {
    expect(createAbsenceSchema.safeParse({ ...leave, endDate: leave.startDate, startTime: '09:00', endTime: '12:30' }).success).toBe(true);
    const result = createAbsenceSchema.safeParse({ ...leave, startTime: '9am', endTime: '24:00' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['startTime', 'must be a 24-hour time written HH:MM'],
      ['endTime', 'must be a 24-hour time written HH:MM'],
    ]);
  });

  it('refuses a field the API does not know (a client typo is a 400, not silently dropped)', () => {
    const result = createAbsenceSchema.safeParse({ ...leave, reason: 'holiday' });
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['reason'] });
  });

  it('refuses a start or end outside the bank-holiday data, naming that field', () => {
    const outside = fc.oneof(fc.integer({ min: 1, max: 700_000 }).map((n) => addDays(FIRST_DATE_WITH_BANK_HOLIDAYS, -n)), fc.integer({ min: 1, max: 2_900_000 }).map((n) => addDays(LAST_DATE_WITH_BANK_HOLIDAYS, n)));
    fc.assert(
      fc.property(outside, fc.constantFrom('startDate', 'endDate'), (date, field) => {
        const result = createAbsenceSchema.safeParse({ ...leave, [field]: date });
        expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field]);
      }),
    );
  });

  it('takes any absence of up to 366 days inside the bank-holiday data, and the rota takes it too', () => {
    const span = daysBetween(FIRST_DATE_WITH_BANK_HOLIDAYS, LAST_DATE_WITH_BANK_HOLIDAYS);
    const absence = fc
      .integer({ min: 0, max: span })
      .chain((start) => fc.integer({ min: 0, max: Math.min(LONGEST_ABSENCE_DAYS - 1, span - start) }).map((length) => [addDays(FIRST_DATE_WITH_BANK_HOLIDAYS, start), addDays(FIRST_DATE_WITH_BANK_HOLIDAYS, start + length)] as const));
    fc.assert(
      fc.property(absence, ([startDate, endDate]) => {
        const body = createAbsenceSchema.parse({ kind: 'sickness', startDate, endDate });
        expect(validateAbsence({ id: 'new', staffId: 'ann', status: 'requested', ...body })).toEqual([]);
      }),
    );
  });

  it('refuses a kind of absence the rota does not have', () => {
    expect(createAbsenceSchema.safeParse({ ...leave, kind: 'holiday' }).success).toBe(false);
  });
});

describe('absence record statuses', () => {
  it('are the domain statuses and cancelled, so a withdrawn request can be listed', () => {
    expect(ABSENCE_RECORD_STATUSES).toEqual([...ABSENCE_STATUSES, 'cancelled']);
    expect(listAbsencesQuery.parse({ status: 'cancelled' })).toEqual({ status: 'cancelled', page: 1, pageSize: 25 });
  });
});
