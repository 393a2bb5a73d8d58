import { describe, expect, it } from '@jest/globals';
import { addDays } from '@recordroom/calendar';
import fc from 'fast-check';
import { checkLeaveRequest } from '../requests/check-leave-request.js';
import { aStaffMember, anAbsence } from '../test-support/factories.js';
import { MAXIMUM_ABSENCE_DAYS, assertValidAbsence, validateAbsence } from './validate-absence.js';

/** A first day of leave from 2015 to 2029: day numbers from 1 January 2015. */
const aFirstDay = fc.integer({ min: 0, max: 15 * 365 }).map((n) => addDays('2015-01-01', n));

describe('validateAbsence', () => {
  it('accepts whole-day leave and a part-day training session', () => {
    expect(validateAbsence(anAbsence())).toEqual([]);
    expect(validateAbsence(anAbsence({ kind: 'training', startDate: '2026-03-04', endDate: '2026-03-04', startTime: '09:00', endTime: '12:00' }))).toEqual([]);
  });

  it('refuses leave that ends before it starts, naming the field', () => {
    expect(validateAbsence(anAbsence({ startDate: '2026-03-06', endDate: '2026-03-02' }))).toEqual([{ field: 'endDate', message: 'ends on Mon 2 Mar, before it starts on Fri 6 Mar' }]);
  });

  it('refuses leave overlapping the person’s requested or approved leave, but not declined leave or someone else’s', () => {
    const existing = [
      anAbsence({ id: 'a', startDate: '2026-03-05', endDate: '2026-03-09', status: 'requested' }),
      anAbsence({ id: 'b', startDate: '2026-03-01', endDate: '2026-03-03', status: 'declined' }),
      anAbsence({ id: 'c', staffId: 'bo', startDate: '2026-03-02', endDate: '2026-03-06' }),
    ];
    expect(validateAbsence(anAbsence({ id: 'new' }), existing)).toEqual([{ field: 'startDate', message: 'overlaps requested annual leave from Thu 5 Mar to Mon 9 Mar' }]);
    expect(validateAbsence(anAbsence({ id: 'a' }), existing)).toEqual([]); // itself, being edited
  });

  it('allows two part-day sessions on one day that do not overlap', () => {
    const morning = anAbsence({ id: 'm', kind: 'training', startDate: '2026-03-04', endDate: '2026-03-04', startTime: '09:00', endTime: '12:00' });
    expect(validateAbsence({ ...morning, id: 'pm', startTime: '13:00', endTime: '15:00' }, [morning])).toEqual([]);
  });

  it('refuses times that end before they start or span days', () => {
    expect(validateAbsence(anAbsence({ startTime: '12:00', endTime: '09:00' })).map((e) => e.field)).toEqual(['endTime', 'endDate']);
    expect(validateAbsence(anAbsence({ startDate: '2026-03-04', endDate: '2026-03-04', startTime: '09:00' }))).toEqual([{ field: 'endTime', message: 'is needed when startTime is given' }]);
  });

  it('takes an absence of any length up to a year, leap day included', () => {
    fc.assert(
      fc.property(aFirstDay, fc.integer({ min: 1, max: MAXIMUM_ABSENCE_DAYS }), (startDate, days) => {
        expect(validateAbsence(anAbsence({ kind: 'sickness', startDate, endDate: addDays(startDate, days - 1) }))).toEqual([]);
      }),
    );
  });

  it('refuses an absence longer than 366 days, naming endDate', () => {
    fc.assert(
      fc.property(aFirstDay, fc.integer({ min: MAXIMUM_ABSENCE_DAYS + 1, max: 2_900_000 }), (startDate, days) => {
        expect(validateAbsence(anAbsence({ startDate, endDate: addDays(startDate, days - 1) }))).toEqual([
          { field: 'endDate', message: 'makes the absence longer than 366 days; record a longer absence as one absence a year' },
        ]);
      }),
    );
  });

  it('answers a leave check of leave ending 9999-12-31 with the field error, without walking its days', () => {
    const check = checkLeaveRequest(anAbsence({ status: 'requested', startDate: '2026-03-02', endDate: '9999-12-31' }), { staff: [aStaffMember({ id: 'ann' })], absences: [], clashRules: [] });
    expect(check.errors.map((e) => e.field)).toEqual(['endDate']);
    expect(check.canApprove).toBe(false);
  });

  it('throws with every field error', () => {
    expect(() => assertValidAbsence(anAbsence({ startDate: 'soon' }))).toThrow('startDate: must be a date (yyyy-mm-dd), not "soon"');
  });
});
