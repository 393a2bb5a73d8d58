import { describe, expect, it } from '@jest/globals';
import { mondayNine } from '../test-support/monday-nine.js';
import { serviceLevel } from './erlang.js';
import { staffNeededByHour } from './staff-needed-by-hour.js';

describe('staffNeededByHour', () => {
  it('finds the fewest staff reaching the service level, and no staff for an empty hour', () => {
    // 12 arrivals/h × 10 min = 2 Erlangs; 90% starting within 5 min needs 4 (3 give 73%).
    const needs = staffNeededByHour(mondayNine(12), 10, 5, 0.9);
    expect(needs).toHaveLength(168);
    const nine = needs.find((n) => n.weekday === 1 && n.hour === 9);
    expect(nine).toMatchObject({ arrivalsPerHour: 12, trafficErlangs: 2, staffNeeded: 4 });
    expect(serviceLevel({ agents: 3, arrivalsPerHour: 12, meanHandlingMinutes: 10, targetMinutes: 5 })).toBeLessThan(0.9);
    expect(nine?.serviceLevel).toBeGreaterThanOrEqual(0.9);
    expect(needs.find((n) => n.weekday === 7 && n.hour === 23)).toMatchObject({ staffNeeded: 0, serviceLevel: 1 });
  });

  it('needs more staff when handling counts inside the target', () => {
    const wait = staffNeededByHour(mondayNine(12), 10, 30, 0.9)[9]?.staffNeeded as number;
    const response = staffNeededByHour(mondayNine(12), 10, 30, 0.9, { measure: 'response' })[9]?.staffNeeded as number;
    expect(response).toBeGreaterThan(wait);
  });

  it('says no number of staff can meet a response target shorter than the handling allows', () => {
    // P(handling ≤ 10 min) with a 10-minute mean is 63%: 90% cannot be reached.
    expect(staffNeededByHour(mondayNine(12), 10, 10, 0.9, { measure: 'response' })[9]).toMatchObject({
      staffNeeded: null,
      serviceLevel: null,
    });
  });

  it('copes with heavy traffic', () => {
    const need = staffNeededByHour(mondayNine(6000), 30, 1, 0.8, { maxStaff: 5000 })[9];
    expect(need?.trafficErlangs).toBe(3000);
    expect(need?.staffNeeded).toBeGreaterThan(3000);
  });

  it('refuses a malformed grid or a service level that is not a fraction', () => {
    expect(() => staffNeededByHour([[1]], 10, 5, 0.9)).toThrow(RangeError);
    expect(() => staffNeededByHour(mondayNine(1), 10, 5, 1)).toThrow(RangeError);
  });
});
