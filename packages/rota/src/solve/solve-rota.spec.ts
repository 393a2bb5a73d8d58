import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { checkRota } from '../check/rota-checker.js';
import { type RotaInput } from '../check/rota-input.js';
import { parseCurtoisInstance } from '../curtois/curtois-instance.js';
import { curtoisToRotaInput } from '../curtois/curtois-to-rota.js';
import { scoreCurtoisRoster } from '../curtois/score-curtois-roster.js';
import { solveCurtois } from '../curtois/solve-curtois.js';
import { aRota, aShiftType, aStaffMember, anAbsence, aCoverRequirement } from '../test-support/factories.js';
import { readCurtoisInstance } from '../test-support/curtois-files.js';
import { syntheticCurtoisInstance } from '../test-support/synthetic-curtois.js';
import { syntheticDepartment } from '../test-support/synthetic-department.js';
import { solveRota, solveRotaAsync } from './solve-rota.js';

const hardBreaches = (input: RotaInput) => checkRota(input).violations.filter((v) => v.severity === 'hard');

describe('solveRota', () => {
  it('never leaves a hard breach on random small benchmark-format instances whose empty roster has none', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 3, max: 7 }), (seed, types, staff) => {
        const instance = parseCurtoisInstance(syntheticCurtoisInstance({ days: 14, staff, shiftTypes: types, seed, limits: 'loose' }));
        const input = curtoisToRotaInput(instance);
        const solution = solveRota(input, { mode: 'whole-period', seed, maxIterations: 4000, explain: false });
        expect(hardBreaches({ ...input, assignments: solution.assignments })).toEqual([]);
        expect(solution.status).toBe('solved');
      }),
      { numRuns: 25 },
    );
  });

  it('finds a roster with no hard breach on random instances built around a feasible roster', () => {
    for (const seed of [11, 12, 13, 14]) {
      const instance = parseCurtoisInstance(syntheticCurtoisInstance({ days: 14, staff: 6, shiftTypes: 2, seed, limits: 'planted' }));
      const { score } = solveCurtois(instance, { seed, maxIterations: 60_000 });
      expect(score.hardViolations.map((v) => v.message)).toEqual([]);
    }
  });

  it('never leaves a hard breach on random departments (every rule on, leave, part-timers, history), in either mode', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), (seed, whole) => {
        const input = syntheticDepartment({ staffCount: 12, days: 14, historyWeeks: 1, seed });
        const solution = solveRota(input, { mode: whole ? 'whole-period' : 'fill-gaps', seed, maxIterations: 3000, explain: false });
        const before = hardBreaches(input).length;
        const after = hardBreaches({ ...input, assignments: solution.assignments });
        // fill-gaps keeps the rota as given, so it can only keep the breaches it was given.
        expect(after.length).toBeLessThanOrEqual(whole ? 0 : before);
      }),
      { numRuns: 12 },
    );
  });

  it('minimises exactly what the scorer reports: its own total equals the checker’s and the Curtois scorer’s', () => {
    const instance = parseCurtoisInstance(readCurtoisInstance(2));
    const solution = solveCurtois(instance, { seed: 3, maxIterations: 50_000 });
    const input = curtoisToRotaInput(instance);
    const direct = solveRota(input, { mode: 'whole-period', seed: 3, maxIterations: 50_000, explain: false });
    expect(direct.penalty.solver).toBe(direct.penalty.total);
    expect(direct.penalty.total).toBe(solution.score.penalty);
    expect(direct.penalty.total).toBe(scoreCurtoisRoster(instance, solution.roster).penalty);
    expect(direct.byRule['minimum-cover'].weightedPenalty + direct.byRule['over-cover'].weightedPenalty + direct.byRule['staff-preferences'].weightedPenalty).toBe(direct.penalty.total);
  });

  it('gives the same rota for the same seed and move count, and usually another for another seed', () => {
    const input = syntheticDepartment({ staffCount: 16, days: 14, seed: 5 });
    const run = (seed: number) => solveRota(input, { mode: 'whole-period', seed, maxIterations: 5000, explain: false }).assignments.map((a) => `${a.staffId}@${a.shiftId}`).sort();
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('solves in slices for a worker thread with the same moves as in one go', async () => {
    const input = syntheticDepartment({ staffCount: 10, days: 7, seed: 2 });
    const options = { mode: 'whole-period' as const, seed: 4, maxIterations: 6000, explain: false };
    const together = solveRota(input, options);
    const sliced = await solveRotaAsync(input, { ...options, sliceMs: 1 });
    expect(sliced.assignments).toEqual(together.assignments);
  });

  it('keeps pinned assignments in whole-period mode and every assignment in fill-gaps mode', () => {
    const input = syntheticDepartment({ staffCount: 12, days: 14, seed: 9 });
    const inPeriod = new Set(input.shifts.filter((s) => s.date >= input.period.startDate).map((s) => s.id));
    const pinned = input.assignments.filter((a, i) => inPeriod.has(a.shiftId) && i % 5 === 0).map((a) => a.id);
    const withPins = { ...input, assignments: input.assignments.map((a) => (pinned.includes(a.id) ? { ...a, pinned: true } : a)) };
    const whole = solveRota(withPins, { mode: 'whole-period', seed: 1, maxIterations: 3000, explain: false });
    const ids = new Set(whole.assignments.map((a) => a.id));
    expect(pinned.filter((id) => !ids.has(id))).toEqual([]);
    const fill = solveRota(input, { mode: 'fill-gaps', seed: 1, maxIterations: 3000, explain: false });
    expect(fill.changes.removed).toEqual([]);
    expect(fill.changes.kept).toBe(input.assignments.length);
  });

  it('reports pins that break a hard rule as infeasible, naming the rule, instead of solving around them', () => {
    const input = aRota({
      staff: [aStaffMember({ id: 'ann', daysOff: ['2026-03-03'] }), aStaffMember({ id: 'bo', firstName: 'Bo' })],
      work: [['ann', 'early', '2026-03-03']],
    });
    const pinned = { ...input, assignments: input.assignments.map((a) => ({ ...a, pinned: true })) };
    const solution = solveRota(pinned, { mode: 'whole-period', seed: 1, maxIterations: 2000 });
    expect(solution.status).toBe('infeasible');
    expect(solution.conflicts.map((c) => [c.ruleId, c.staffId])).toEqual([['fixed-days-off', 'ann']]);
    expect(solution.conflicts[0]?.message).toMatch(/agreed day off/);
  });

  it('explains a gap nobody can fill: each candidate with the rule that blocks them', () => {
    const late = aShiftType({ id: 'late', code: 'L', name: 'Late', start: '13:00', end: '21:00', requiredSkill: 'reception', locationId: 'library' });
    const input = aRota({
      shiftTypes: [late],
      staff: [aStaffMember({ id: 'ann', skills: ['filing'] }), aStaffMember({ id: 'bo', firstName: 'Bo', skills: ['reception'] })],
      absences: [anAbsence({ id: 'bo-leave', staffId: 'bo', startDate: '2026-03-02', endDate: '2026-03-08', status: 'approved' })],
      coverRequirements: [aCoverRequirement({ id: 'late-cover', locationId: 'library', shiftTypeId: 'late', appliesTo: { date: '2026-03-04' }, minimum: 1, ideal: 1 })],
      emptyShifts: [['late', '2026-03-04']],
    });
    const solution = solveRota(input, { mode: 'fill-gaps', seed: 1, maxIterations: 500 });
    expect(solution.unfilledGaps).toHaveLength(1);
    const reasons = Object.fromEntries(solution.unfilledGaps[0]!.candidates.map((c) => [c.staffId, [c.outcome, c.rules.map((r) => r.ruleId)]]));
    expect(reasons).toEqual({ ann: ['blocked', ['required-skill']], bo: ['blocked', ['approved-absence']] });
    expect(solution.unfilledGaps[0]!.candidates.find((c) => c.staffId === 'ann')?.rules[0]?.message).toMatch(/reception/i);
  });

  it('breaks the penalty down by rule and by person, and the parts add up', () => {
    const input = syntheticDepartment({ staffCount: 12, days: 14, seed: 3 });
    const solution = solveRota(input, { mode: 'whole-period', seed: 2, maxIterations: 3000 });
    expect(solution.penalty.solver).toBeCloseTo(solution.penalty.total, 6);
    const byRule = Object.values(solution.byRule).reduce((sum, t) => sum + t.weightedPenalty, 0);
    expect(byRule).toBeCloseTo(solution.penalty.rules, 6);
    const people = solution.byPerson.reduce((sum, p) => sum + p.softPenalty, 0);
    const cover = ['minimum-cover', 'ideal-cover', 'over-cover', 'skill-mix'].reduce((sum, id) => sum + solution.byRule[id as 'minimum-cover'].weightedPenalty, 0);
    expect(people + cover).toBeCloseTo(solution.penalty.rules, 4);
  });

  it('weighs a cost per assignment: with the same rules otherwise, it rosters the cheaper person', () => {
    const input = aRota({
      staff: [aStaffMember({ id: 'ann', contractType: 'bank', contractedHoursPerWeek: 0 }), aStaffMember({ id: 'bo', firstName: 'Bo', contractType: 'bank', contractedHoursPerWeek: 0 })],
      coverRequirements: [aCoverRequirement({ id: 'c', shiftTypeId: 'early', appliesTo: { date: '2026-03-04' }, minimum: 1, ideal: 1 })],
      emptyShifts: [['early', '2026-03-04']],
    });
    const cheaper = (who: string) => solveRota(input, { mode: 'whole-period', seed: 1, maxIterations: 2000, cost: ({ staff }) => (staff.id === who ? 9_000 : 15_000) });
    expect(cheaper('ann').assignments.map((a) => a.staffId)).toEqual(['ann']);
    expect(cheaper('bo').assignments.map((a) => a.staffId)).toEqual(['bo']);
    expect(cheaper('bo').penalty.cost).toBe(90);
  });

  it('stops when cancelled, with the best rota so far, and reports progress on the given clock', () => {
    let clock = 0;
    const progress: (number | null)[] = [];
    const signal = { aborted: false };
    const input = syntheticDepartment({ staffCount: 10, days: 7, seed: 4 });
    const solution = solveRota(input, {
      mode: 'whole-period',
      now: () => (clock += 10),
      timeLimitMs: 1_000_000,
      progressIntervalMs: 50,
      signal,
      onProgress: (p) => {
        progress.push(p.bestPenalty);
        if (p.iterations > 20_000) signal.aborted = true;
      },
      explain: false,
    });
    expect(solution.status).toBe('cancelled');
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(solution.penalty.total);
  });
});
