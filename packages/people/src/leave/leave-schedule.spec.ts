import { describe, expect, it } from '@jest/globals';
import { leaveBooking } from './leave-booking.js';
import { leaveScheduleFor } from './leave-schedule.js';
import { validateLeaveRequest } from './validate-leave-request.js';

describe('leaveScheduleFor', () => {
  it('spreads a part-timer’s hours over her recorded days and knows the rest are off', () => {
    expect(leaveScheduleFor(22.5, [1, 2, 3])).toEqual({ schedule: { weeks: [[7.5, 7.5, 7.5, 0, 0, 0, 0]] }, daysOffKnown: true });
  });

  it('knows no day off for someone without a recorded pattern, whose hours follow the standard week', () => {
    expect(leaveScheduleFor(37.5, null)).toEqual({ schedule: { weeks: [[7.5, 7.5, 7.5, 7.5, 7.5, 0, 0]] }, daysOffKnown: false });
    expect(leaveScheduleFor(37.5, []).daysOffKnown).toBe(false);
  });

  it('takes the rota’s hours where it has rostered the person', () => {
    const { schedule } = leaveScheduleFor(22.5, [1, 2, 3], { '2026-03-07': 10 });
    // A rostered Saturday shift (10 hours) is a day she works, outside her pattern.
    expect(leaveBooking({ startDate: '2026-03-05', endDate: '2026-03-08' }, schedule).hours).toBe(10);
  });
});

describe('leave on non-working days, by what is known of the person’s days', () => {
  it('refuses a Monday-to-Wednesday worker’s leave on a Thursday and Friday', () => {
    const { schedule, daysOffKnown } = leaveScheduleFor(22.5, [1, 2, 3]);
    expect(validateLeaveRequest({ startDate: '2026-03-05', endDate: '2026-03-06' }, schedule, { daysOffKnown }).map((e) => e.field)).toEqual(['startDate']);
  });

  it('refuses Good Friday alone for someone whose pattern includes Fridays: the public holiday is already given', () => {
    const { schedule, daysOffKnown } = leaveScheduleFor(37.5, [1, 2, 3, 4, 5]);
    expect(validateLeaveRequest({ startDate: '2026-04-03', endDate: '2026-04-03' }, schedule, { daysOffKnown })[0]?.message).toContain('public holidays');
  });

  it('accepts Good Friday for someone rostered to work it, and charges the shift', () => {
    const { schedule, daysOffKnown } = leaveScheduleFor(37.5, [1, 2, 3, 4, 5], { '2026-04-03': 8 });
    expect(validateLeaveRequest({ startDate: '2026-04-03', endDate: '2026-04-03' }, schedule, { daysOffKnown })).toEqual([]);
    expect(leaveBooking({ startDate: '2026-04-03', endDate: '2026-04-03' }, schedule).hours).toBe(8);
  });

  it('accepts a weekend for someone with no recorded pattern, who may be rostered any day', () => {
    const { schedule, daysOffKnown } = leaveScheduleFor(37.5, null);
    expect(validateLeaveRequest({ startDate: '2026-03-07', endDate: '2026-03-08' }, schedule, { daysOffKnown })).toEqual([]);
    expect(validateLeaveRequest({ startDate: '2026-04-03', endDate: '2026-04-03' }, schedule, { daysOffKnown })).toEqual([]);
  });

  it('still refuses dates that are not a booking at all when the days off are unknown', () => {
    expect(validateLeaveRequest({ startDate: '2026-03-09', endDate: '2026-03-06' }, leaveScheduleFor(37.5, null).schedule, { daysOffKnown: false }).map((e) => e.field)).toEqual(['endDate']);
  });
});
