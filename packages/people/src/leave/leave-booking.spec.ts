import { describe, expect, it } from '@jest/globals';
import { addDays } from '@recordroom/calendar';
import fc from 'fast-check';
import { standardWorkSchedule, workingHoursOn, type WorkSchedule } from '../work-schedule.js';
import { leaveBooking, publicHolidayDeductions } from './leave-booking.js';

const fullTime = standardWorkSchedule(37.5);
// 22.5 hours: Monday to Wednesday, 7.5 hours a day.
const monToWed: WorkSchedule = { weeks: [[7.5, 7.5, 7.5, 0, 0, 0, 0]] };

describe('leaveBooking', () => {
  it('charges a full-timer 37.5 hours for a Monday-to-Friday week', () => {
    expect(leaveBooking({ startDate: '2026-03-02', endDate: '2026-03-06' }, fullTime).hours).toBe(37.5);
  });

  it('charges only the part-timer’s own days for the same week', () => {
    const booking = leaveBooking({ startDate: '2026-03-02', endDate: '2026-03-08' }, monToWed);
    expect(booking.hours).toBe(22.5);
    expect(booking.days.map((d) => d.charge)).toEqual(['annual-leave', 'annual-leave', 'annual-leave', 'non-working-day', 'non-working-day', 'non-working-day', 'non-working-day']);
  });

  it('leaves public holidays to the public-holiday allowance: Easter week costs three days', () => {
    // Thu 2 Apr, Tue 7 Apr, Wed 8 Apr 2026; Good Friday 3 Apr and Easter Monday 6 Apr are public holidays.
    const booking = leaveBooking({ startDate: '2026-04-02', endDate: '2026-04-08' }, fullTime);
    expect(booking.hours).toBe(22.5);
    expect(booking.days.filter((d) => d.charge === 'public-holiday').map((d) => d.date)).toEqual(['2026-04-03', '2026-04-06']);
  });

  it('charges the rota’s shift lengths where the rota covers the days', () => {
    // A&E desk: two 10-hour Saturdays rostered, a rostered day off on the Monday between.
    const rota: WorkSchedule = { ...fullTime, rostered: { '2026-03-07': 10, '2026-03-09': 0, '2026-03-14': 10 } };
    expect(leaveBooking({ startDate: '2026-03-07', endDate: '2026-03-14' }, rota).hours).toBe(10 + 7.5 * 4 + 10);
  });

  it('charges a rostered bank-holiday shift as annual leave: the person was due to work it', () => {
    const rota: WorkSchedule = { ...fullTime, rostered: { '2026-04-06': 8 } };
    expect(leaveBooking({ startDate: '2026-04-06', endDate: '2026-04-06' }, rota).days).toEqual([{ date: '2026-04-06', hours: 8, charge: 'annual-leave' }]);
  });

  it('charges part of a day its length, at most the day’s hours', () => {
    expect(leaveBooking({ startDate: '2026-03-02', endDate: '2026-03-02', startTime: '09:00', endTime: '12:30' }, fullTime).hours).toBe(3.5);
    expect(leaveBooking({ startDate: '2026-03-02', endDate: '2026-03-02', startTime: '08:00', endTime: '18:00' }, standardWorkSchedule(22.5)).hours).toBe(4.5);
  });

  it('never charges more than the hours the person would have worked, nor less than nothing', () => {
    const dates = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2018-01-01', n));
    const week = fc.tuple(...Array.from({ length: 7 }, () => fc.constantFrom(0, 4.5, 7.5, 11.5))) as fc.Arbitrary<[number, number, number, number, number, number, number]>;
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 20 }), week, (start, length, hours) => {
        const schedule: WorkSchedule = { weeks: [hours] };
        const end = addDays(start, length);
        const booking = leaveBooking({ startDate: start, endDate: end }, schedule);
        const worked = booking.days.reduce((sum, d) => sum + workingHoursOn(schedule, d.date), 0);
        expect(booking.hours).toBeGreaterThanOrEqual(0);
        expect(booking.hours).toBeCloseTo(worked, 9);
        // Split anywhere, the two halves cost what the whole does.
        const cut = addDays(start, Math.floor(length / 2));
        const halves = leaveBooking({ startDate: start, endDate: cut }, schedule).hours + (cut < end ? leaveBooking({ startDate: addDays(cut, 1), endDate: end }, schedule).hours : 0);
        expect(halves).toBeCloseTo(booking.hours, 9);
      }),
    );
  });
});

describe('publicHolidayDeductions', () => {
  it('takes each holiday’s pattern hours, none on a day the person does not work', () => {
    // Mon-Wed worker, April 2026: Good Friday (not her day), Easter Monday (her day).
    expect(publicHolidayDeductions(monToWed, { start: '2026-04-01', end: '2026-04-30' })).toEqual([
      { date: '2026-04-03', hours: 0, charge: 'public-holiday' },
      { date: '2026-04-06', hours: 7.5, charge: 'public-holiday' },
    ]);
  });

  it('takes nothing for a holiday the person is rostered to work (time off in lieu stays in the allowance)', () => {
    const rota: WorkSchedule = { ...fullTime, rostered: { '2026-04-06': 7.5 } };
    expect(publicHolidayDeductions(rota, { start: '2026-04-06', end: '2026-04-06' })).toEqual([{ date: '2026-04-06', hours: 0, charge: 'public-holiday' }]);
  });
});
