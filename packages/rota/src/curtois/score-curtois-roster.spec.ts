import { describe, expect, it } from '@jest/globals';
import { createRotaChecker } from '../check/rota-checker.js';
import { readCurtoisInstance, readCurtoisSolution } from '../test-support/curtois-files.js';
import { parseCurtoisInstance } from './curtois-instance.js';
import { parseCurtoisRoster } from './curtois-roster.js';
import { curtoisToRotaInput } from './curtois-to-rota.js';
import { scoreCurtoisRoster } from './score-curtois-roster.js';

const load = (n: number) => {
  const instance = parseCurtoisInstance(readCurtoisInstance(n));
  const solution = readCurtoisSolution(n);
  return { instance, roster: parseCurtoisRoster(solution.text, instance), published: solution.penalty };
};

describe('scoreCurtoisRoster', () => {
  for (const [n, optimum] of [[1, 607], [2, 828], [3, 1001], [4, 1716]] as const) {
    it(`scores the published optimal roster of Instance${n} at exactly ${optimum}, with no hard rule broken`, () => {
      const { instance, roster, published } = load(n);
      expect(published).toBe(optimum);
      const score = scoreCurtoisRoster(instance, roster);
      expect(score.hardViolations.map((v) => v.message)).toEqual([]);
      expect(score.feasible).toBe(true);
      expect(score.penalty).toBe(optimum);
      expect(score.breakdown.requests + score.breakdown.underCover + score.breakdown.overCover).toBe(optimum);
    });
  }

  it('splits Instance1’s 607 into 600 of missing cover and 7 of requests (FORMAT.md §5)', () => {
    const { instance, roster } = load(1);
    expect(scoreCurtoisRoster(instance, roster).breakdown).toEqual({ requests: 7, underCover: 600, overCover: 0 });
  });

  it('accepts the boundary runs of Instance2’s optimum: one-day work runs on days 0 and 13, a one-day rest on day 0', () => {
    const { instance, roster } = load(2);
    expect(roster.get('C')?.slice(0, 2)).toEqual(['L', null]);
    expect(roster.get('I')?.slice(0, 2)).toEqual([null, 'E']);
    expect(scoreCurtoisRoster(instance, roster).feasible).toBe(true);
  });

  it('finds a hard breach in a roster that works an employee on a day off', () => {
    const { instance, roster } = load(1);
    const [employee, days] = [...roster][0] as [string, (string | null)[]];
    const dayOff = instance.daysOff.get(employee)?.[0] as number;
    const broken = new Map(roster).set(employee, days.map((shift, day) => (day === dayOff ? (instance.shifts[0]?.id as string) : shift)));
    const score = scoreCurtoisRoster(instance, broken);
    expect(score.feasible).toBe(false);
    expect(score.hardViolations.map((v) => v.ruleId)).toContain('fixed-days-off');
  });

  it('finds a forbidden succession (Instance2: an early cannot follow a late)', () => {
    const { instance, roster } = load(2);
    // Employee A works L on days 0-2; make day 1 an E, right after day 0's L.
    const days = [...(roster.get('A') ?? [])];
    days[1] = 'E';
    const score = scoreCurtoisRoster(instance, new Map(roster).set('A', days));
    expect(score.hardViolations.map((v) => v.ruleId)).toContain('forbidden-succession');
  });

  it('scores the same through incremental edits as from scratch, as a solver will use it', () => {
    const { instance, roster } = load(3);
    const checker = createRotaChecker(curtoisToRotaInput(instance, roster));
    const first = checker.toInput().assignments[0];
    if (!first) throw new Error('Instance3’s optimum has assignments');
    const delta = checker.apply({ kind: 'remove-assignment', assignmentId: first.id });
    expect(delta.softPenalty).toBe(createRotaChecker(checker.toInput()).totals().softPenalty);
    checker.apply({ kind: 'add-assignment', assignment: first });
    expect(checker.totals()).toEqual({ valid: true, hardViolationCount: 0, softPenalty: 1001 });
  });
});

describe('parseCurtoisRoster', () => {
  it('reads one line per employee, an empty field as a day off', () => {
    expect([...parseCurtoisRoster('# comment\r\nA,D,,D\r\nB,,,\r\n')]).toEqual([
      ['A', ['D', null, 'D']],
      ['B', [null, null, null]],
    ]);
  });

  it('checks employees, shifts and days against the instance', () => {
    const { instance } = load(1);
    expect(() => parseCurtoisRoster('A,D\n', instance)).toThrow(/line 1: expected 14 days for A, found 1/);
    expect(() => parseCurtoisRoster(`A,${Array(14).fill('X').join(',')}\n`, instance)).toThrow(/unknown shift X on day 0/);
  });
});
