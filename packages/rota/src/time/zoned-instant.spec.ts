import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { dateOfDayNumber, dayNumber, epochMinutesAt, localDateTimeOf, zonedClock } from './zoned-instant.js';

const LONDON = 'Europe/London';
// Days the UK clocks went or go forward at 01:00 GMT.
const SPRING_FORWARD = ['2025-03-30', '2026-03-29', '2027-03-28'];
const FALL_BACK = ['2025-10-26', '2026-10-25', '2027-10-31'];
const utcMinutes = (iso: string): number => Date.parse(iso) / 60_000;

describe('epochMinutesAt', () => {
  it('reads London winter time as UTC and summer time as UTC+1', () => {
    expect(epochMinutesAt('2026-01-12', 9 * 60, LONDON)).toBe(utcMinutes('2026-01-12T09:00Z'));
    expect(epochMinutesAt('2026-07-13', 9 * 60, LONDON)).toBe(utcMinutes('2026-07-13T08:00Z'));
  });

  it('places a time past midnight on the next calendar day', () => {
    expect(epochMinutesAt('2026-03-02', 24 * 60 + 30, LONDON)).toBe(utcMinutes('2026-03-03T00:30Z'));
  });

  it('moves a time inside the spring-forward gap (29 Mar 2026, 01:00-02:00) forward by the gap', () => {
    expect(epochMinutesAt('2026-03-29', 60 + 30, LONDON)).toBe(utcMinutes('2026-03-29T01:30Z')); // 02:30 BST
    expect(epochMinutesAt('2026-03-29', 2 * 60, LONDON)).toBe(utcMinutes('2026-03-29T01:00Z')); // 02:00 BST
  });

  it('takes the first (BST) occurrence of a time shown twice when clocks go back (25 Oct 2026)', () => {
    expect(epochMinutesAt('2026-10-25', 60 + 30, LONDON)).toBe(utcMinutes('2026-10-25T00:30Z'));
    expect(epochMinutesAt('2026-10-25', 2 * 60, LONDON)).toBe(utcMinutes('2026-10-25T02:00Z'));
  });

  it('makes a 22:00-07:00 night 8 h on the spring-forward night and 10 h when clocks go back', () => {
    const night = (date: string, next: string): number =>
      epochMinutesAt(next, 7 * 60, LONDON) - epochMinutesAt(date, 22 * 60, LONDON);
    expect(night('2026-03-28', '2026-03-29')).toBe(8 * 60);
    expect(night('2026-10-24', '2026-10-25')).toBe(10 * 60);
    expect(night('2026-10-17', '2026-10-18')).toBe(9 * 60);
  });

  it('leaves a 16:00-00:30 evening at 8 h 30 min on both change nights: the clocks change at 01:00 UTC, after it ends', () => {
    for (const [date, next] of [['2026-03-28', '2026-03-29'], ['2026-10-24', '2026-10-25']] as const) {
      expect(epochMinutesAt(next, 30, LONDON) - epochMinutesAt(date, 16 * 60, LONDON)).toBe(8 * 60 + 30);
    }
  });

  it('refuses an unknown time zone', () => {
    expect(() => epochMinutesAt('2026-03-02', 0, 'Europe/Atlantis')).toThrow(RangeError);
  });

  it('round-trips through localDateTimeOf for every wall-clock time that exists', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...SPRING_FORWARD, ...FALL_BACK), fc.integer({ min: 0, max: 3 * 365 }).map((n) => dateOfDayNumber(dayNumber('2025-01-01') + n))), fc.integer({ min: 0, max: 1439 }), (date, minute) => {
        const local = localDateTimeOf(epochMinutesAt(date, minute, LONDON), LONDON);
        // Only a time in the spring-forward gap comes back different: an hour later, same day.
        const inSpringGap = SPRING_FORWARD.includes(date) ? minute >= 60 && minute < 120 : false;
        expect({ date: local.date, minuteOfDay: local.minuteOfDay }).toEqual({ date, minuteOfDay: inSpringGap ? minute + 60 : minute });
      }),
    );
  });
});

describe('localDateTimeOf', () => {
  it('numbers weekdays Monday 1 to Sunday 7', () => {
    expect(localDateTimeOf(utcMinutes('2026-03-02T12:00Z'), LONDON).weekday).toBe(1);
    expect(localDateTimeOf(utcMinutes('2026-03-01T12:00Z'), LONDON).weekday).toBe(7);
  });

  it('puts 23:30Z on a summer evening on the next London day', () => {
    expect(localDateTimeOf(utcMinutes('2026-07-13T23:30Z'), LONDON)).toEqual({ date: '2026-07-14', minuteOfDay: 30, weekday: 2 });
  });
});

describe('dayNumber', () => {
  it('counts consecutive calendar days across the clock changes', () => {
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-28')).toBe(2);
    expect(dateOfDayNumber(dayNumber('2026-10-25') + 1)).toBe('2026-10-26');
  });
});

describe('zonedClock', () => {
  it('gives the same instants as epochMinutesAt, change days included', () => {
    const clock = zonedClock(LONDON);
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...SPRING_FORWARD, ...FALL_BACK), fc.integer({ min: 0, max: 3 * 365 }).map((n) => dateOfDayNumber(dayNumber('2025-01-01') + n))), fc.integer({ min: 0, max: 2879 }), (date, minute) => {
        expect(clock(dayNumber(date), minute)).toBe(epochMinutesAt(date, minute, LONDON));
      }),
    );
  });

  it('refuses an unknown time zone when it is made', () => {
    expect(() => zonedClock('Mars/Olympus')).toThrow(RangeError);
  });
});
