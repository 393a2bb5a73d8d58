import type { Highs } from 'highs';
import { RULE_INDEX } from './penalty-ledger.js';
import { type RosterState } from './roster-state.js';
import { FREE_DAY, bestPricedRow } from './row-optimiser.js';

const MINIMUM = RULE_INDEX['minimum-cover'];
const IDEAL = RULE_INDEX['ideal-cover'];
const OVER = RULE_INDEX['over-cover'];

/** The LP and MIP solver the master problem runs on: a loaded HiGHS runtime (`loadLpSolver()`). */
export type LpSolver = Highs;

/**
 * A pool of candidate rows (columns) per person and the master problem over it: choose one row
 * per person to minimise the rows' own costs plus cover, each cover slot's points as a piecewise
 * linear function of its head count (one variable per stretch of equal slope). The LP relaxation
 * gives each slot a dual price, at which the row programme looks for a row worth adding (column
 * generation); the MIP over the pool then picks one row per person (price-and-branch).
 *
 * Only the rows' own terms (the row programme's) and cover enter the master: fair share, skill mix
 * and checker-backed rules do not, so its answer is a proposal that the caller judges exactly.
 */
export class ColumnPool {
  /** Columns: person, own cost, and the slots each works (counted towards cover). */
  readonly person: number[] = [];
  readonly cost: number[] = [];
  readonly slots: Int32Array[] = [];
  readonly rows: Int32Array[] = [];
  private readonly keys: Set<string>[];
  /** Per slot: head count from everyone outside the pool, and the stretches of its cover function above it. */
  private readonly segmentSlot: number[] = [];
  private readonly segmentSlope: number[] = [];
  private readonly segmentLength: number[] = [];
  readonly slotPrice: Float64Array;
  readonly personPrice: Float64Array;
  /** Each column's value in the last LP solution. */
  private lpColumnValue = new Float64Array(0);
  /**
   * Per person and period day: the option (or -1, off) the dive has fixed, or FREE_DAY. A column
   * that disagrees with a fixed day is out of the master; pricing keeps the fixed days.
   */
  readonly fixedDay: Int32Array;
  /** Per person: how many of their period days the dive has fixed. */
  private readonly fixedDays: Int32Array;
  private readonly days: number;
  /** LP objective at the last solve (cover points included): a lower bound on the master when pricing found nothing to add. */
  lpValue = Number.NaN;
  /**
   * The last round's Lagrangian value: the LP objective plus each person's most negative reduced
   * cost found. With exact pricing a lower bound on the master; with the beam's rows an estimate
   * of how far column generation still has to go.
   */
  lagrangianValue = Number.NaN;
  /** MIP objective at the last integer solve. */
  mipValue = Number.NaN;
  /** Cover points with no one from the pool on any slot (the master's objective is this plus the variables'). */
  private offset = 0;

  constructor(
    readonly state: RosterState,
    /** The people whose rows the pool decides (each has at least one column before a solve). */
    readonly people: Int32Array,
    /** Points per hard unit of a cover rule that is hard. */
    hardWeight: number,
  ) {
    const m = state.model;
    this.keys = Array.from({ length: m.personCount }, () => new Set<string>());
    this.slotPrice = new Float64Array(m.slotCount);
    this.personPrice = new Float64Array(m.personCount);
    this.days = m.periodTo - m.periodFrom + 1;
    this.fixedDay = new Int32Array(m.personCount * this.days).fill(FREE_DAY);
    this.fixedDays = new Int32Array(m.personCount);
    // Heads from people outside the pool, and how many the pool could add at most.
    const inPool = new Uint8Array(m.personCount);
    for (const p of people) inPool[p] = 1;
    const outside = Int32Array.from(state.cover.count);
    const reach = new Int32Array(m.slotCount);
    for (const p of people) {
      const seen = new Set<number>();
      for (const d of m.decisionDays[p]!) {
        const g = state.cells[p * m.rowDays + d]!;
        if (g >= 0 && m.optionSlot[g]! >= 0 && m.counted[p * m.optionCount + g]) outside[m.optionSlot[g]!]! -= 1;
        for (const h of state.choicesAt(p, d)) {
          const s = m.optionSlot[h]!;
          if (s >= 0 && m.counted[p * m.optionCount + h] && !seen.has(s)) {
            seen.add(s);
            reach[s]! += 1;
          }
        }
      }
    }
    const ledger = state.ledger;
    const unitPoints = (term: number, multiplier: number): number => ledger.softWeight[term]! * multiplier + ledger.hardScale[term]! * hardWeight;
    for (let s = 0; s < m.slotCount; s += 1) {
      const minimum = m.slotMinimum[s]!;
      const ideal = m.slotIdeal[s]!;
      const below = unitPoints(MINIMUM, m.slotWeightBelowMinimum[s]!);
      const belowIdeal = unitPoints(IDEAL, m.slotWeightBelowIdeal[s]!);
      const over = unitPoints(OVER, m.slotWeightAboveIdeal[s]!);
      const points = (n: number): number => below * Math.max(0, minimum - n) + belowIdeal * Math.max(0, ideal - Math.max(n, minimum)) + over * Math.max(0, n - ideal);
      this.offset += points(outside[s]!);
      for (let k = 0; k < reach[s]!; k += 1) {
        const slope = points(outside[s]! + k + 1) - points(outside[s]! + k);
        const last = this.segmentSlot.length - 1;
        if (last >= 0 && this.segmentSlot[last] === s && this.segmentSlope[last] === slope) this.segmentLength[last]! += 1;
        else {
          this.segmentSlot.push(s);
          this.segmentSlope.push(slope);
          this.segmentLength.push(1);
        }
      }
    }
  }

  get size(): number {
    return this.person.length;
  }

  /** Adds person p's row (the option or -1 of each period day) at its own cost; false when the pool has it. */
  add(p: number, row: Int32Array, cost: number): boolean {
    const key = row.join(',');
    const keys = this.keys[p]!;
    if (keys.has(key)) return false;
    keys.add(key);
    const m = this.state.model;
    const slots: number[] = [];
    for (let i = 0; i < row.length; i += 1) {
      const g = row[i]!;
      if (g >= 0 && m.optionSlot[g]! >= 0 && m.counted[p * m.optionCount + g]) slots.push(m.optionSlot[g]!);
    }
    this.person.push(p);
    this.cost.push(cost);
    this.slots.push(Int32Array.from(slots));
    this.rows.push(row.slice());
    return true;
  }

  /**
   * Adds each person's row as the state has it, priced by the row programme; for a person whose
   * row breaks one of their own hard rules, their best row at no cover price instead. False when
   * someone has no row at all.
   */
  addCurrentRows(beam: number): boolean {
    const m = this.state.model;
    const free = new Float64Array(m.slotCount);
    for (const p of this.people) {
      const row = new Int32Array(m.periodTo - m.periodFrom + 1);
      for (let d = m.periodFrom; d <= m.periodTo; d += 1) row[d - m.periodFrom] = this.state.cells[p * m.rowDays + d]!;
      const priced = bestPricedRow(this.state, p, beam, { forced: row, slotPrices: free }) ?? bestPricedRow(this.state, p, beam, { slotPrices: free });
      if (!priced) return false;
      this.add(p, priced.row, priced.cost);
    }
    return true;
  }

  /**
   * One round of column generation: solve the LP over the pool, then price each person's best row
   * at the duals. Returns the columns added (0: the LP is optimal over every row the programme finds).
   */
  generate(lp: LpSolver, beam: number): number {
    this.solve(lp, false);
    const m = this.state.model;
    let added = 0;
    let lagrangian = this.lpValue;
    for (const p of this.people) {
      if (this.fixedDays[p] === this.days) continue;
      const forced = this.fixedDays[p]! > 0 ? this.fixedDay.subarray(p * this.days, (p + 1) * this.days) : undefined;
      const priced = bestPricedRow(this.state, p, beam, { slotPrices: this.slotPrice, ...(forced ? { forced } : {}) });
      if (!priced) continue;
      const reduced = priced.cost - this.personPrice[p]!;
      // Each person's best row at once: the Lagrangian value.
      if (reduced < 0) lagrangian += reduced;
      if (reduced >= -1e-6) continue;
      // The column's own cost: the row's, without the slot prices it was charged.
      let own = priced.cost;
      for (let i = 0; i < priced.row.length; i += 1) {
        const g = priced.row[i]!;
        if (g >= 0 && m.optionSlot[g]! >= 0 && m.counted[p * m.optionCount + g]) own -= this.slotPrice[m.optionSlot[g]!]!;
      }
      if (this.add(p, priced.row, own)) added += 1;
    }
    this.lagrangianValue = lagrangian;
    return added;
  }

  /**
   * Solves the master: the LP relaxation (setting the duals) or, with `integer`, the MIP within
   * `limit` (a node count, and a test HiGHS asks at its interrupt points), starting from `start`
   * (a column per person) when given. Returns the column chosen for each person of `people`
   * (integer solves) or null.
   */
  solve(lp: LpSolver, integer: boolean, limit: { nodes?: number; stop?: () => boolean } = {}, start?: readonly number[]): number[] | null {
    const m = this.state.model;
    const C = this.size;
    const Z = this.segmentSlot.length;
    const rowOfPerson = new Int32Array(m.personCount).fill(-1);
    this.people.forEach((p, i) => (rowOfPerson[p] = i));
    const P = this.people.length;
    const numRows = P + m.slotCount;
    const colCost: number[] = [];
    const colLower: number[] = [];
    const colUpper: number[] = [];
    const starts: number[] = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (let j = 0; j < C; j += 1) {
      colCost.push(this.cost[j]!);
      colLower.push(0);
      colUpper.push(this.keepsFixedDays(j) ? 1 : 0);
      indices.push(rowOfPerson[this.person[j]!]!);
      values.push(1);
      for (const s of this.slots[j]!) {
        indices.push(P + s);
        values.push(-1);
      }
      starts.push(indices.length);
    }
    for (let z = 0; z < Z; z += 1) {
      colCost.push(this.segmentSlope[z]!);
      colLower.push(0);
      colUpper.push(this.segmentLength[z]!);
      indices.push(P + this.segmentSlot[z]!);
      values.push(1);
      starts.push(indices.length);
    }
    const rowLower = new Array<number>(numRows).fill(0);
    const rowUpper = new Array<number>(numRows).fill(0);
    for (let i = 0; i < P; i += 1) rowLower[i] = rowUpper[i] = 1;
    const integrality = integer ? [...new Array<number>(C).fill(1), ...new Array<number>(Z).fill(0)] : undefined;
    const model = lp.createModel({
      numCols: C + Z,
      numRows,
      colCost,
      colLower,
      colUpper,
      rowLower,
      rowUpper,
      matrix: { format: 'csc', numRows, numCols: C + Z, starts, indices, values },
      ...(integrality ? { integrality: integrality as (0 | 1)[] } : {}),
    });
    try {
      model.options.set({ output_flag: false });
      if (integer) {
        if (limit.nodes !== undefined) model.options.set('mip_max_nodes', limit.nodes);
        model.options.set('mip_rel_gap', 1e-6);
        if (start) model.setSolution({ colValue: this.startValues(start) });
      }
      const stop = limit.stop;
      if (integer && stop) {
        model.run({
          [lp.constants.callbackType.mipInterrupt](event: { interrupt: () => void }) {
            if (stop()) event.interrupt();
          },
        });
      } else model.run();
      const solution = model.getSolution();
      if (!integer) {
        for (let i = 0; i < P; i += 1) this.personPrice[this.people[i]!] = solution.rowDual[i]!;
        // Reduced cost of a column: its cost - y'a, a head adding -1 to its slot's row: the row
        // programme charges each head the slot's dual (negative while the slot is short).
        for (let s = 0; s < m.slotCount; s += 1) this.slotPrice[s] = solution.rowDual[P + s]!;
        this.lpValue = model.getObjectiveValue() + this.offset;
        this.lpColumnValue = solution.colValue.slice(0, C);
        return null;
      }
      this.mipValue = model.getObjectiveValue() + this.offset;
      const chosen: number[] = new Array<number>(P).fill(-1);
      const value = solution.colValue;
      const best = new Float64Array(P).fill(-1);
      for (let j = 0; j < C; j += 1) {
        const i = rowOfPerson[this.person[j]!]!;
        if (value[j]! > best[i]!) {
          best[i] = value[j]!;
          chosen[i] = j;
        }
      }
      return value.length === C + Z && best.every((v) => v > 0.5) ? chosen : null;
    } finally {
      model.dispose();
    }
  }

  /**
   * The integer master by simulated annealing over column choices: from the LP's largest column
   * per person (or `start`), change one person's column at a time, cover points by slot from the
   * head counts (the dive's fixings are not consulted: clear them first). Deterministic for the random source and move count. Returns the best choice
   * found (a column per person) and its master objective.
   */
  anneal(random: () => number, moves: number, start?: readonly number[]): { chosen: number[]; value: number } {
    const m = this.state.model;
    const P = this.people.length;
    const rowOfPerson = new Int32Array(m.personCount).fill(-1);
    this.people.forEach((p, i) => (rowOfPerson[p] = i));
    const byPerson: number[][] = Array.from({ length: P }, () => []);
    for (let j = 0; j < this.size; j += 1) byPerson[rowOfPerson[this.person[j]!]!]!.push(j);
    // Cover points of each slot by heads added from the pool: the stretches, cheapest first.
    const bySlot: number[][] = Array.from({ length: m.slotCount }, () => []);
    this.segmentSlot.forEach((s, z) => bySlot[s]!.push(z));
    const curve: Float64Array[] = bySlot.map((segments) => {
      const slopes: number[] = [];
      for (const z of segments.sort((a, b) => this.segmentSlope[a]! - this.segmentSlope[b]!)) for (let k = 0; k < this.segmentLength[z]!; k += 1) slopes.push(this.segmentSlope[z]!);
      const values = new Float64Array(slopes.length + 2);
      for (let k = 0; k < slopes.length; k += 1) values[k + 1] = values[k]! + slopes[k]!;
      values[slopes.length + 1] = values[slopes.length]!;
      return values;
    });
    const heads = new Int32Array(m.slotCount);
    const chosen = start ? [...start] : byPerson.map((list) => list.reduce((a, b) => (this.lpColumnValue[b]! > this.lpColumnValue[a]! ? b : a)));
    let value = this.offset;
    for (const j of chosen) {
      value += this.cost[j]!;
      for (const s of this.slots[j]!) heads[s]! += 1;
    }
    for (let s = 0; s < m.slotCount; s += 1) value += curve[s]![heads[s]!]!;
    const best = [...chosen];
    let bestValue = value;
    let largestStep = 1;
    for (let s = 0; s < m.slotCount; s += 1) for (const z of bySlot[s]!) largestStep = Math.max(largestStep, Math.abs(this.segmentSlope[z]!));
    const hot = largestStep * 0.5;
    const cold = 0.05;
    let temperature = hot;
    for (let move = 0; move < moves; move += 1) {
      if ((move & 1023) === 0) temperature = hot * Math.pow(cold / hot, move / moves);
      const i = Math.floor(random() * P);
      const list = byPerson[i]!;
      if (list.length < 2) continue;
      const j = list[Math.floor(random() * list.length)]!;
      const old = chosen[i]!;
      if (j === old) continue;
      let delta = this.cost[j]! - this.cost[old]!;
      for (const s of this.slots[old]!) {
        const c = curve[s]!;
        delta += c[heads[s]! - 1]! - c[heads[s]!]!;
        heads[s]! -= 1;
      }
      for (const s of this.slots[j]!) {
        const c = curve[s]!;
        delta += c[heads[s]! + 1]! - c[heads[s]!]!;
        heads[s]! += 1;
      }
      if (delta <= 0 || random() < Math.exp(-delta / temperature)) {
        chosen[i] = j;
        value += delta;
        if (value < bestValue - 1e-9) {
          bestValue = value;
          for (let k = 0; k < P; k += 1) best[k] = chosen[k]!;
        }
      } else {
        for (const s of this.slots[j]!) heads[s]! -= 1;
        for (const s of this.slots[old]!) heads[s]! += 1;
      }
    }
    return { chosen: best, value: bestValue };
  }

  /** Whether column j agrees with every day the dive has fixed for its person. */
  keepsFixedDays(j: number): boolean {
    const p = this.person[j]!;
    if (this.fixedDays[p] === 0) return true;
    const row = this.rows[j]!;
    const base = p * this.days;
    for (let i = 0; i < this.days; i += 1) {
      const f = this.fixedDay[base + i]!;
      if (f !== FREE_DAY && f !== row[i]) return false;
    }
    return true;
  }

  /**
   * One step of a dive that fixes single days (price-and-branch on a person's shift on a day,
   * which leaves the rest of their row free, rather than on whole rows: fixing whole rows left
   * the last people no row that fits, Curtois 7 LP 1059 -> 1160 over its last four fixings).
   * After the last LP solve, each free day's LP value per choice (off or an option) is the sum
   * of its columns' values. Fixes every day whose value is (nearly) whole, and the `count`
   * largest fractional ones (one a person); a fixing is made only where a column in the LP's
   * support keeps it and the person's other fixings, so the master stays feasible. Returns how
   * many person-days are still free.
   */
  fixDays(count: number): number {
    const m = this.state.model;
    const D = this.days;
    const byPerson: number[][] = Array.from({ length: m.personCount }, () => []);
    for (let j = 0; j < this.size; j += 1) if ((this.lpColumnValue[j] ?? 0) > 1e-9) byPerson[this.person[j]!]!.push(j);
    const fractional: { p: number; day: number; choice: number; value: number }[] = [];
    for (const p of this.people) {
      if (this.fixedDays[p] === D) continue;
      const support = byPerson[p]!;
      const base = p * D;
      for (let i = 0; i < D; i += 1) {
        if (this.fixedDay[base + i] !== FREE_DAY) continue;
        const value = new Map<number, number>();
        for (const j of support) {
          const g = this.rows[j]![i]!;
          value.set(g, (value.get(g) ?? 0) + this.lpColumnValue[j]!);
        }
        let choice = FREE_DAY;
        let largest = 0;
        for (const [g, v] of value) if (v > largest || (v === largest && g < choice)) [choice, largest] = [g, v];
        if (choice === FREE_DAY) continue;
        if (largest >= 0.999) this.fix(p, i, choice);
        else fractional.push({ p, day: i, choice, value: largest });
      }
    }
    fractional.sort((a, b) => b.value - a.value || a.p - b.p || a.day - b.day);
    const touched = new Set<number>();
    let fixed = 0;
    for (const f of fractional) {
      if (fixed >= count) break;
      if (touched.has(f.p)) continue;
      // Only with a supporting column that keeps this person's fixings and this one.
      const keeps = byPerson[f.p]!.some((j) => this.rows[j]![f.day] === f.choice && this.keepsFixedDays(j));
      if (!keeps) continue;
      this.fix(f.p, f.day, f.choice);
      touched.add(f.p);
      fixed += 1;
    }
    let free = 0;
    for (const p of this.people) free += D - this.fixedDays[p]!;
    return free;
  }

  private fix(p: number, day: number, choice: number): void {
    this.fixedDay[p * this.days + day] = choice;
    this.fixedDays[p]! += 1;
  }

  /** Frees every fixed day. */
  clearFixings(): void {
    this.fixedDay.fill(FREE_DAY);
    this.fixedDays.fill(0);
  }

  /**
   * A column per person that keeps the dive's fixings, the one with the largest LP value (the
   * whole fixed row once every day is fixed), or null when someone has none in the pool.
   */
  fixedChoice(): number[] | null {
    const best = new Map<number, number>();
    for (let j = 0; j < this.size; j += 1) {
      if (!this.keepsFixedDays(j)) continue;
      const p = this.person[j]!;
      const held = best.get(p);
      if (held === undefined || (this.lpColumnValue[j] ?? 0) > (this.lpColumnValue[held] ?? 0)) best.set(p, j);
    }
    const chosen = [...this.people].map((p) => best.get(p) ?? -1);
    return chosen.every((j) => j >= 0) ? chosen : null;
  }

  /** A full primal start for the MIP: the chosen columns, and each slot's stretches filled cheapest first. */
  private startValues(start: readonly number[]): number[] {
    const m = this.state.model;
    const values = new Array<number>(this.size + this.segmentSlot.length).fill(0);
    const heads = new Int32Array(m.slotCount);
    for (const j of start) {
      values[j] = 1;
      for (const s of this.slots[j]!) heads[s]! += 1;
    }
    const bySlot: number[][] = Array.from({ length: m.slotCount }, () => []);
    this.segmentSlot.forEach((s, z) => bySlot[s]!.push(z));
    for (let s = 0; s < m.slotCount; s += 1) {
      const order = bySlot[s]!.sort((a, b) => this.segmentSlope[a]! - this.segmentSlope[b]!);
      let left = heads[s]!;
      for (const z of order) {
        const take = Math.min(left, this.segmentLength[z]!);
        values[this.size + z] = take;
        left -= take;
      }
    }
    return values;
  }
}
