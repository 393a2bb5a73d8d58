import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { erlangB, probabilityOfWait, serviceLevel, trafficErlangs } from './erlang.js';

/** Erlang C by the textbook factorial formula, for small cases only. */
function erlangCByFactorials(n: number, a: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += term;
    term = (term * a) / (k + 1);
  }
  const top = (term * n) / (n - a);
  return top / (sum + top);
}

describe('erlangB', () => {
  it('matches the closed form for small cases', () => {
    expect(erlangB(0, 3)).toBe(1);
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 15);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15);
  });

  it('stays finite for traffic far beyond what factorials can hold', () => {
    const b = erlangB(5000, 4900);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(1);
  });
});

describe('probabilityOfWait (Erlang C)', () => {
  it('agrees with the factorial formula', () => {
    expect(probabilityOfWait(2, 1)).toBeCloseTo(1 / 3, 14);
    expect(probabilityOfWait(13, 10)).toBeCloseTo(erlangCByFactorials(13, 10), 12);
    expect(probabilityOfWait(11, 10)).toBeCloseTo(erlangCByFactorials(11, 10), 12);
  });

  it('is 1 when staff cannot keep up and 0 with no traffic', () => {
    expect(probabilityOfWait(10, 10)).toBe(1);
    expect(probabilityOfWait(0, 0)).toBe(0);
  });

  it('is a probability for large traffic', () => {
    const c = probabilityOfWait(5000, 4900);
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThanOrEqual(1);
  });

  it('refuses fractional or negative agents', () => {
    expect(() => probabilityOfWait(2.5, 1)).toThrow(RangeError);
    expect(() => probabilityOfWait(-1, 1)).toThrow(RangeError);
  });
});

describe('serviceLevel', () => {
  const base = { arrivalsPerHour: 12, meanHandlingMinutes: 10, targetMinutes: 5 };

  it('is 1 − C·e^(−(N−A)t/h) for the wait', () => {
    // A = 2 Erlangs, N = 3: C = 4/9; 1 − 4/9·e^(−0.5).
    expect(trafficErlangs(12, 10)).toBe(2);
    expect(serviceLevel({ ...base, agents: 3 })).toBeCloseTo(1 - (4 / 9) * Math.exp(-0.5), 14);
  });

  it('for the response, includes the handling time (M/M/N sojourn)', () => {
    // θ = μ = 0.1/min here, the Erlang-2 case: 1 − [(1 − C)e^(−3) + C·4e^(−3)] with C = 4/9.
    const expected = 1 - ((5 / 9) * Math.exp(-3) + (4 / 9) * 4 * Math.exp(-3));
    expect(serviceLevel({ ...base, agents: 3, targetMinutes: 30, measure: 'response' })).toBeCloseTo(expected, 12);
  });

  it('agrees with the general response formula when θ ≠ μ', () => {
    // N = 4, A = 2: θ = 0.2, μ = 0.1; P(W+S > t) = (θe^(−μt) − μe^(−θt))/(θ − μ).
    const c = erlangCByFactorials(4, 2);
    const t = 30;
    const both = (0.2 * Math.exp(-0.1 * t) - 0.1 * Math.exp(-0.2 * t)) / 0.1;
    const expected = 1 - ((1 - c) * Math.exp(-0.1 * t) + c * both);
    expect(serviceLevel({ ...base, agents: 4, targetMinutes: t, measure: 'response' })).toBeCloseTo(expected, 12);
  });

  it('is 0 when staff cannot keep up', () => {
    expect(serviceLevel({ ...base, agents: 2 })).toBe(0);
  });

  it('refuses a handling time that is not positive', () => {
    expect(() => serviceLevel({ ...base, agents: 3, meanHandlingMinutes: 0 })).toThrow(RangeError);
  });

  describe('properties', () => {
    const scenario = fc.record({
      arrivalsPerHour: fc.double({ min: 0, max: 2000, noNaN: true }),
      meanHandlingMinutes: fc.double({ min: 0.5, max: 240, noNaN: true }),
      targetMinutes: fc.double({ min: 0, max: 600, noNaN: true }),
      measure: fc.constantFrom('wait' as const, 'response' as const),
      agents: fc.integer({ min: 0, max: 400 }),
    });

    it('never falls when an agent is added', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          expect(serviceLevel({ ...s, agents: s.agents + 1 })).toBeGreaterThanOrEqual(serviceLevel(s));
        }),
      );
    });

    it('is a probability', () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const level = serviceLevel(s);
          expect(level).toBeGreaterThanOrEqual(0);
          expect(level).toBeLessThanOrEqual(1);
        }),
      );
    });
  });
});
