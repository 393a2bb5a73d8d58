import { describe, expect, it } from '@jest/globals';
import { ABSENCE_STATUSES } from '@recordroom/rota';
import { createAbsenceSchema, listAbsencesQuery } from './absence.dto.js';
import { ABSENCE_RECORD_STATUSES } from './record-statuses.js';

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
