import { describe, expect, it } from '@jest/globals';
import { formatDate, formatInstant, instantFormatter } from './format-instant.js';
import { epochMinutesAt } from './zoned-instant.js';

describe('formatInstant', () => {
  it('writes an instant as London wall-clock time, as on the rota', () => {
    expect(formatInstant(epochMinutesAt('2026-03-02', 21 * 60, 'Europe/London'), 'Europe/London')).toBe('Mon 2 Mar 21:00');
    expect(formatInstant(epochMinutesAt('2026-07-14', 5 * 60 + 30, 'Europe/London'), 'Europe/London')).toBe('Tue 14 Jul 05:30');
  });

  it('writes the end of an overnight shift on the next day', () => {
    expect(formatInstant(epochMinutesAt('2026-03-07', 24 * 60 + 30, 'Europe/London'), 'Europe/London')).toBe('Sun 8 Mar 00:30');
  });
});

describe('formatDate', () => {
  it('writes a short weekday, day and month', () => {
    expect(formatDate('2026-12-25')).toBe('Fri 25 Dec');
  });
});

describe('instantFormatter', () => {
  it('writes the same text as formatInstant, on and around the change days', () => {
    const format = instantFormatter('Europe/London');
    for (const date of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26', '2026-07-01']) {
      for (let minute = 0; minute < 1440; minute += 15) {
        const instant = epochMinutesAt(date, minute, 'Europe/London');
        expect(format(instant)).toBe(formatInstant(instant, 'Europe/London'));
      }
    }
  });
});
