import { describe, expect, it } from '@jest/globals';
import { englandTimeBands } from '../nations.js';
import { aShift } from '../test-support/shifts.js';
import { timeBandSegments } from './time-bands.js';

const calendar = englandTimeBands();
const bands = (date: string, from: string, to: string, unpaidBreak = 0) =>
  timeBandSegments(aShift(date, from, to, unpaidBreak), calendar).map((s) => `${s.date} ${s.band} ${s.minutes}`);

describe('splitting paid time into plain, lower and higher time', () => {
  it('splits a weekday evening exactly at 20:00 and a night at 06:00', () => {
    expect(bands('2026-01-14', '16:00', '00:30')).toEqual(['2026-01-14 plain 240', '2026-01-14 lower 240', '2026-01-15 lower 30']);
    expect(bands('2026-01-14', '22:00', '07:30')).toEqual(['2026-01-14 lower 120', '2026-01-15 lower 360', '2026-01-15 plain 90']);
  });

  it('treats all of Saturday as lower and Sunday from midnight as higher', () => {
    expect(bands('2026-01-17', '20:00', '02:00')).toEqual(['2026-01-17 lower 240', '2026-01-18 higher 120']);
    expect(bands('2026-01-18', '22:00', '07:00')).toEqual(['2026-01-18 higher 120', '2026-01-19 lower 360', '2026-01-19 plain 60']);
  });

  it('treats a bank holiday like a Sunday, midnight to midnight', () => {
    expect(bands('2026-05-25', '09:00', '17:00')).toEqual(['2026-05-25 higher 480']);
    expect(timeBandSegments(aShift('2026-05-25', '09:00', '17:00'), calendar)[0]?.publicHoliday).toBe(true);
  });

  it('counts the real length of a night when the clocks go back or forward', () => {
    // 25 October 2026: clocks go back at 02:00 BST, so 22:00-07:00 is ten hours long.
    expect(bands('2026-10-24', '22:00', '07:00')).toEqual(['2026-10-24 lower 120', '2026-10-25 higher 480']);
    // 29 March 2026: clocks go forward at 01:00 GMT, so Saturday 22:00 to Sunday 07:00 is eight hours.
    expect(bands('2026-03-28', '22:00', '07:00')).toEqual(['2026-03-28 lower 120', '2026-03-29 higher 360']);
  });

  it('takes the unpaid break out of the middle of the shift', () => {
    // 16:00-00:30 is 8 h 30 min, so the 30-minute break is 20:00-20:30, around the midpoint 20:15.
    expect(bands('2026-01-14', '16:00', '00:30', 30)).toEqual(['2026-01-14 plain 240', '2026-01-14 lower 210', '2026-01-15 lower 30']);
    // 09:00-17:00: the break is 12:45-13:15, all plain time.
    expect(bands('2026-01-14', '09:00', '17:00', 30)).toEqual(['2026-01-14 plain 450']);
  });

  it('refuses a break longer than the shift', () => {
    expect(() => timeBandSegments({ ...aShift('2026-01-14', '09:00', '10:00'), unpaidBreakMinutes: 61 }, calendar)).toThrow(RangeError);
  });
});
