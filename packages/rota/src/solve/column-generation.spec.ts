import { beforeAll, describe, expect, it } from '@jest/globals';
import { checkRota } from '../check/rota-checker.js';
import { parseCurtoisInstance } from '../curtois/curtois-instance.js';
import { curtoisToRotaInput } from '../curtois/curtois-to-rota.js';
import { syntheticCurtoisInstance } from '../test-support/synthetic-curtois.js';
import { ColumnPool, type LpSolver } from './column-generation.js';
import { RosterState } from './roster-state.js';
import { FREE_DAY, bestPricedRow } from './row-optimiser.js';
import { seededRandom } from './seeded-random.js';
import { compileSolverModel } from './solver-model.js';
import { loadLpSolver, solveRota } from './solve-rota.js';

let lp: LpSolver;
beforeAll(async () => {
  lp = await loadLpSolver();
});

/** A tiny benchmark-format rota (a week, 2 people, one shift type), its model, an empty roster, and every row each person may work. */
function tiny(seed: number) {
  const input = curtoisToRotaInput(parseCurtoisInstance(syntheticCurtoisInstance({ days: 7, staff: 2, shiftTypes: 1, seed, limits: 'loose' })));
  const model = compileSolverModel(input, { mode: 'whole-period' });
  const state = new RosterState(model);
  const people = Int32Array.from(model.people.map((_, p) => p).filter((p) => model.dense[p] && model.decisionDays[p]!.length > 0));
  const days = model.periodTo - model.periodFrom + 1;
  const free = new Float64Array(model.slotCount);
  const rows = new Map<number, { row: Int32Array; cost: number }[]>();
  for (const p of people) {
    const list: { row: Int32Array; cost: number }[] = [];
    const options = Array.from({ length: days }, (_, i) => [-1, ...state.choicesAt(p, model.periodFrom + i)]);
    const walk = (i: number, row: number[]): void => {
      if (i === days) {
        // The row programme prices a given row; null when it breaks one of the person's own hard rules.
        const priced = bestPricedRow(state, p, 10_000, { forced: Int32Array.from(row), slotPrices: free });
        if (priced) list.push(priced);
        return;
      }
      for (const g of options[i]!) walk(i + 1, [...row, g]);
    };
    walk(0, []);
    rows.set(p, list);
  }
  return { input, model, state, people, rows };
}

/** Puts a choice of rows on the roster; the exact soft penalty, or null when a hard rule breaks. */
function exact(t: ReturnType<typeof tiny>, rowOf: (i: number) => Int32Array): number | null {
  const { model, state, people } = t;
  people.forEach((p, i) => {
    const row = rowOf(i);
    for (const d of model.decisionDays[p]!) state.set(p, d, row[d - model.periodFrom]!);
  });
  state.settle();
  state.ledger.resum();
  return state.ledger.hardTotal > 1e-9 ? null : Math.round(state.ledger.softTotal * 1e6) / 1e6;
}

describe('ColumnPool (price-and-branch master)', () => {
  it.each([1, 2, 3])('picks the best combination of a pool holding every row (MIP and annealing agree with brute force), seed %i', (seed) => {
    const t = tiny(seed);
    const pool = new ColumnPool(t.state, t.people, 1000);
    for (const p of t.people) for (const { row, cost } of t.rows.get(p)!) pool.add(p, row, cost);
    const byPerson = [...t.people].map((p) => t.rows.get(p)!);
    let best = Number.POSITIVE_INFINITY;
    const pick = new Array<number>(t.people.length).fill(0);
    const walk = (i: number): void => {
      if (i === pick.length) {
        const value = exact(t, (k) => byPerson[k]![pick[k]!]!.row);
        if (value !== null) best = Math.min(best, value);
        return;
      }
      for (let k = 0; k < byPerson[i]!.length; k += 1) {
        pick[i] = k;
        walk(i + 1);
      }
    };
    walk(0);
    expect(Number.isFinite(best)).toBe(true);

    const chosen = pool.solve(lp, true);
    expect(chosen).not.toBeNull();
    expect(Math.round(pool.mipValue * 1e6) / 1e6).toBe(best);
    expect(exact(t, (i) => pool.rows[chosen![i]!]!)).toBe(best);
    pool.solve(lp, false);
    expect(pool.lpValue).toBeLessThanOrEqual(best + 1e-6);
    const annealed = pool.anneal(seededRandom(seed), 50_000);
    expect(Math.round(annealed.value * 1e6) / 1e6).toBe(best);
    expect(exact(t, (i) => pool.rows[annealed.chosen[i]!]!)).toBe(best);
  });

  it('column generation from the current rows reaches the LP optimum over every row', () => {
    const t = tiny(4);
    const full = new ColumnPool(t.state, t.people, 1000);
    for (const p of t.people) for (const { row, cost } of t.rows.get(p)!) full.add(p, row, cost);
    full.solve(lp, false);
    const pool = new ColumnPool(t.state, t.people, 1000);
    expect(pool.addCurrentRows(10_000)).toBe(true);
    let rounds = 0;
    for (;;) {
      const added = pool.generate(lp, 10_000);
      // Pricing every row exactly, the Lagrangian value is a lower bound on the master's LP.
      expect(pool.lagrangianValue).toBeLessThanOrEqual(full.lpValue + 1e-6);
      if (added === 0) break;
      rounds += 1;
    }
    expect(pool.lagrangianValue).toBeCloseTo(pool.lpValue, 6);
    expect(rounds).toBeGreaterThan(0);
    expect(pool.size).toBeLessThan(full.size);
    expect(pool.lpValue).toBeCloseTo(full.lpValue, 6);
  });

  it.each([5, 6, 7])('dives by fixing days to a whole roster whose columns keep every fixed day, seed %i', (seed) => {
    const t = tiny(seed);
    const pool = new ColumnPool(t.state, t.people, 1000);
    pool.addCurrentRows(10_000);
    while (pool.generate(lp, 10_000) > 0);
    let steps = 0;
    for (;;) {
      pool.solve(lp, false);
      if (pool.fixDays(1) === 0) break;
      steps += 1;
      expect(steps).toBeLessThan(200);
      pool.generate(lp, 10_000);
    }
    const chosen = pool.fixedChoice();
    expect(chosen).not.toBeNull();
    chosen!.forEach((j, i) => {
      expect(pool.person[j]).toBe(t.people[i]);
      expect(pool.keepsFixedDays(j)).toBe(true);
    });
    expect(exact(t, (i) => pool.rows[chosen![i]!]!)).not.toBeNull();
    pool.clearFixings();
    expect(Array.from({ length: pool.size }, (_, j) => pool.keepsFixedDays(j)).every(Boolean)).toBe(true);
  });
});

describe('bestPricedRow with some days kept (FREE_DAY elsewhere)', () => {
  it.each([1, 2, 3])('finds the cheapest of every row that keeps the given days, seed %i', (seed) => {
    const t = tiny(seed);
    const random = seededRandom(seed);
    const free = new Float64Array(t.model.slotCount);
    for (const p of t.people) {
      const rows = t.rows.get(p)!;
      const template = rows[Math.floor(random() * rows.length)]!.row;
      // Keep about half of one valid row's days; the programme chooses the rest.
      const forced = Int32Array.from(template, (g) => (random() < 0.5 ? g : FREE_DAY));
      const keeps = rows.filter(({ row }) => row.every((g, i) => forced[i] === FREE_DAY || forced[i] === g));
      const cheapest = Math.min(...keeps.map(({ cost }) => cost));
      const priced = bestPricedRow(t.state, p, 10_000, { forced, slotPrices: free });
      expect(priced).not.toBeNull();
      expect(priced!.cost).toBeCloseTo(cheapest, 6);
      expect(Array.from(priced!.row, (g, i) => (forced[i] === FREE_DAY ? FREE_DAY : g))).toEqual(Array.from(forced));
    }
  });
});

describe('solveRota with an LP solver', () => {
  it('keeps every hard rule and gives the same rota for the same seed and move count', () => {
    const instance = parseCurtoisInstance(syntheticCurtoisInstance({ days: 7, staff: 4, shiftTypes: 2, seed: 7, limits: 'planted' }));
    const input = curtoisToRotaInput(instance);
    const run = () => solveRota(input, { mode: 'whole-period', seed: 3, maxIterations: 5000, explain: false, lpSolver: lp });
    const first = run();
    expect(first.status).toBe('solved');
    expect(checkRota({ ...input, assignments: first.assignments }).violations.filter((v) => v.severity === 'hard')).toEqual([]);
    expect(run().assignments.map((a) => `${a.staffId}@${a.shiftId}`).sort()).toEqual(first.assignments.map((a) => `${a.staffId}@${a.shiftId}`).sort());
  });
});
