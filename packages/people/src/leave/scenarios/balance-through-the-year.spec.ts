import { describe, expect, it } from '@jest/globals';
import { standardWorkSchedule } from '../../work-schedule.js';
import { leaveBalance, type LeaveRecord } from '../leave-balance.js';
import { carryOver } from '../carry-over.js';

// A full-timer under 5 years (202.5 h) in 2026/27 (10 public holidays, 75 h, all weekdays),
// with 22.5 h carried in, on Wed 15 Jul 2026.
const person = { contractedHoursPerWeek: 37.5, nhsServiceStartDate: '2024-09-01' };
const schedule = standardWorkSchedule(37.5);
const records: LeaveRecord[] = [
  { id: 'july', startDate: '2026-07-06', endDate: '2026-07-10', status: 'approved' }, // 5 days taken: 37.5 h
  { id: 'summer', startDate: '2026-08-24', endDate: '2026-09-04', status: 'approved' }, // 9 days after the bank holiday: 67.5 h
  { id: 'october', startDate: '2026-10-12', endDate: '2026-10-13', status: 'requested' }, // 15 h awaiting approval
  { id: 'declined', startDate: '2026-11-02', endDate: '2026-11-06', status: 'declined' },
  { id: 'sick', kind: 'sickness', startDate: '2026-05-11', endDate: '2026-05-12', status: 'approved' },
  { id: 'easter', startDate: '2027-03-29', endDate: '2027-04-02', status: 'approved' }, // Easter Monday, then Tue 30 and Wed 31 Mar in this year: 15 h
];

describe('scenario: a leave balance through the year', () => {
  const balance = leaveBalance(person, schedule, records, { today: '2026-07-15', carriedHours: 22.5 });

  it('takes approved leave and holidays up to today as taken: 37.5 + 30 (four holidays to 25 May) = 67.5 h', () => {
    expect(balance.takenHours).toBe(67.5);
  });

  it('takes approved leave and holidays after today as booked: 67.5 + 15 + 45 (six holidays) = 127.5 h', () => {
    expect(balance.bookedHours).toBe(127.5);
  });

  it('shows the request apart, and ignores declined leave and other kinds of absence', () => {
    expect(balance.pendingHours).toBe(15);
    expect(balance.bookings.map((b) => b.record.id)).toEqual(['july', 'summer', 'october', 'easter']);
  });

  it('leaves 277.5 + 22.5 − 67.5 − 127.5 = 105 h', () => {
    expect(balance.entitlement.totalHours).toBe(277.5);
    expect(balance.remainingHours).toBe(105);
  });

  it('counts the rest of the Easter booking in 2027/28: Thu 1 and Fri 2 Apr 2027, 15 h', () => {
    const next = leaveBalance(person, schedule, records, { today: '2027-04-01', leaveYear: { start: '2027-04-01', end: '2028-03-31' } });
    expect(next.bookings.map((b) => [b.record.id, b.days.reduce((s, d) => s + d.hours, 0)])).toEqual([['easter', 15]]);
  });

  it('carries at most one week (37.5 h) of a 105 h year-end balance', () => {
    expect(carryOver(balance.remainingHours, person.contractedHoursPerWeek)).toEqual({ carriedHours: 37.5, lostHours: 67.5 });
  });
});
