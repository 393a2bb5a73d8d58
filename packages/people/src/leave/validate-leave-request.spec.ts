import { describe, expect, it } from '@jest/globals';
import { standardWorkSchedule, type WorkSchedule } from '../work-schedule.js';
import { validateLeaveRequest } from './validate-leave-request.js';

const fullTime = standardWorkSchedule(37.5);
const monToWed: WorkSchedule = { weeks: [[7.5, 7.5, 7.5, 0, 0, 0, 0]] };

describe('validateLeaveRequest', () => {
  it('accepts leave that takes at least one working day', () => {
    expect(validateLeaveRequest({ startDate: '2026-03-06', endDate: '2026-03-09' }, fullTime)).toEqual([]);
  });

  it('refuses leave over a weekend only, naming the dates', () => {
    expect(validateLeaveRequest({ startDate: '2026-03-07', endDate: '2026-03-08' }, fullTime)).toEqual([
      { field: 'startDate', message: 'falls only on days the person does not work (Sat 7 Mar 2026, Sun 8 Mar 2026): there is nothing to book' },
    ]);
  });

  it('refuses a part-timer’s leave on her days off, Thursday to Sunday', () => {
    expect(validateLeaveRequest({ startDate: '2026-03-05', endDate: '2026-03-08' }, monToWed)).toEqual([
      { field: 'startDate', message: 'falls only on days the person does not work (Thu 5 Mar 2026 to Sun 8 Mar 2026): there is nothing to book' },
    ]);
  });

  it('refuses leave on a public holiday alone, which is already given', () => {
    expect(validateLeaveRequest({ startDate: '2026-04-03', endDate: '2026-04-06' }, fullTime)[0]?.message).toBe(
      'falls only on days the person does not work or public holidays, which are already given (Fri 3 Apr 2026 to Mon 6 Apr 2026): there is nothing to book',
    );
  });

  it('accepts a rostered Saturday shift off', () => {
    expect(validateLeaveRequest({ startDate: '2026-03-07', endDate: '2026-03-07' }, { ...fullTime, rostered: { '2026-03-07': 8 } })).toEqual([]);
  });

  it('refuses dates the bank-holiday calendar does not cover as a field error', () => {
    expect(validateLeaveRequest({ startDate: '2026-12-28', endDate: '2062-01-02' }, fullTime)).toEqual([{ field: 'endDate', message: 'Bank holidays are known for 2015-2030 only; 2031-01-01 is outside' }]);
    expect(validateLeaveRequest({ startDate: '2062-01-02', endDate: '2062-01-03' }, fullTime)).toEqual([{ field: 'startDate', message: 'Bank holidays are known for 2015-2030 only; 2062-01-02 is outside' }]);
  });

  it('refuses leave that ends before it starts, and times that do not fit one day', () => {
    expect(validateLeaveRequest({ startDate: '2026-03-09', endDate: '2026-03-06' }, fullTime)).toEqual([{ field: 'endDate', message: 'ends on Fri 6 Mar 2026, before it starts on Mon 9 Mar 2026' }]);
    expect(validateLeaveRequest({ startDate: '2026-03-09', endDate: '2026-03-10', startTime: '13:00', endTime: '12:00' }, fullTime).map((e) => e.field)).toEqual(['endTime', 'endDate']);
    expect(validateLeaveRequest({ startDate: 'Monday', endDate: '2026-03-10', startTime: '9am' }, fullTime).map((e) => e.field)).toEqual(['startDate', 'startTime', 'endTime']);
  });
});
