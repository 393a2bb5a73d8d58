import { describe, expect, it } from '@jest/globals';
import { aRecordRequest } from '../test-support/a-record-request.js';
import { arrivalRatesByWeekdayHour, meanPerWeekday } from './arrival-rates.js';
import { weekdayHourGrid } from './weekday-hour-grid.js';

describe('arrivalRatesByWeekdayHour', () => {
  it('averages requests per local weekday and hour over the weeks in range', () => {
    const requests = [
      // Two Mondays in range (3 and 10 March 2025); 09:xx GMT.
      aRecordRequest({ requestedAt: '2025-03-03T09:05:00.000Z' }),
      aRecordRequest({ requestedAt: '2025-03-03T09:55:00.000Z' }),
      aRecordRequest({ requestedAt: '2025-03-10T09:30:00.000Z' }),
      // Out of range.
      aRecordRequest({ requestedAt: '2025-03-17T09:30:00.000Z' }),
    ];
    const rates = arrivalRatesByWeekdayHour(requests, { from: '2025-03-03', to: '2025-03-16' });
    expect(rates[0]?.[9]).toBe(1.5);
    expect(rates[0]?.[10]).toBe(0);
  });

  it('uses local time, so a summer 08:30 UTC request is a 09:00 arrival', () => {
    const rates = arrivalRatesByWeekdayHour([aRecordRequest({ requestedAt: '2025-07-07T08:30:00.000Z' })], {
      from: '2025-07-07',
      to: '2025-07-13',
    });
    expect(rates[0]?.[9]).toBe(1);
  });
});

describe('meanPerWeekday', () => {
  it('divides counts made elsewhere (SQL) by how many of each weekday the range holds, leaving weekdays it lacks at 0', () => {
    const counts = weekdayHourGrid(0);
    (counts[0] as number[])[9] = 6; // Mondays 09:00: three Mondays from 3 to 17 March 2025
    (counts[2] as number[])[14] = 4; // Wednesdays 14:00: two Wednesdays

    const rates = meanPerWeekday(counts, { from: '2025-03-03', to: '2025-03-17' });

    expect(rates[0]?.[9]).toBe(2);
    expect(rates[2]?.[14]).toBe(2);
    expect(meanPerWeekday(counts, { from: '2025-03-04', to: '2025-03-04' })[0]?.[9]).toBe(0);
  });
});
