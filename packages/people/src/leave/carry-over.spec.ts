import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { carryOver } from './carry-over.js';

describe('carryOver', () => {
  it('carries up to one week of the person’s contracted hours by default', () => {
    expect(carryOver(52.5, 22.5)).toEqual({ carriedHours: 22.5, lostHours: 30 });
    expect(carryOver(15, 37.5)).toEqual({ carriedHours: 15, lostHours: 0 });
  });

  it('takes the cap as fixed hours or weeks', () => {
    expect(carryOver(40, 37.5, { kind: 'hours', hours: 15 })).toEqual({ carriedHours: 15, lostHours: 25 });
    expect(carryOver(100, 30, { kind: 'contracted-weeks', weeks: 2 })).toEqual({ carriedHours: 60, lostHours: 40 });
  });

  it('carries leave taken in advance in full, to come off next year', () => {
    expect(carryOver(-7.5, 37.5)).toEqual({ carriedHours: -7.5, lostHours: 0 });
  });

  it('never carries more than the balance or the cap, and loses only what is above the cap', () => {
    fc.assert(
      fc.property(fc.double({ min: -300, max: 300, noNaN: true }), fc.double({ min: 0, max: 48, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true }), (remaining, hours, weeks) => {
        const { carriedHours, lostHours } = carryOver(remaining, hours, { kind: 'contracted-weeks', weeks });
        expect(carriedHours).toBeLessThanOrEqual(remaining);
        expect(carriedHours).toBeLessThanOrEqual(Math.max(weeks * hours, remaining <= 0 ? remaining : 0));
        expect(lostHours).toBeGreaterThanOrEqual(0);
        expect(carriedHours + lostHours).toBeCloseTo(remaining, 9);
      }),
    );
  });
});
