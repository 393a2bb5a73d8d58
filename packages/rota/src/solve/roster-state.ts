import { type Assignment } from '../model/assignment.js';
import { CheckedTerm } from './checked-term.js';
import { CountTerm } from './count-term.js';
import { CoverTerm } from './cover-term.js';
import { FairShareTerm } from './fair-share-term.js';
import { PairTerm } from './pair-term.js';
import { COST_TERM, PenaltyLedger } from './penalty-ledger.js';
import { RunTerm } from './run-term.js';
import { type SolverModel, type UnaryTable } from './solver-model.js';
import { WeekendTerm } from './weekend-term.js';

/**
 * A roster under search: the cells of every row and the ledger of every rule, kept up to date
 * change by change. `set` changes one cell and charges the difference to each term; a move is a
 * few `set`s, then `settle()` (for the checker-backed term), read the ledger, and undo by setting
 * the old values back.
 *
 * @example
 * const state = new RosterState(model);
 * state.set(p, d, g); state.settle();
 * state.ledger.softTotal; // the rota's soft penalty, as the checker would report it
 */
export class RosterState {
  readonly cells: Int32Array;
  readonly ledger: PenaltyLedger;
  readonly cover: CoverTerm;
  readonly counts: CountTerm;
  private readonly weekends: WeekendTerm;
  private readonly runs: RunTerm;
  readonly pairs: PairTerm;
  private readonly fair: FairShareTerm;
  private readonly checked: CheckedTerm;
  private readonly personTables: readonly UnaryTable[];
  private readonly costTables: readonly UnaryTable[];

  constructor(readonly model: SolverModel) {
    const m = model;
    this.cells = new Int32Array(m.personCount * m.rowDays).fill(-1);
    this.ledger = new PenaltyLedger(m.context.settings);
    this.personTables = m.unary.filter((t) => t.term !== COST_TERM);
    this.costTables = m.unary.filter((t) => t.term === COST_TERM);
    this.cover = new CoverTerm(m, this.ledger);
    this.counts = new CountTerm(m, this.ledger);
    this.weekends = new WeekendTerm(m, this.ledger);
    this.runs = new RunTerm(m, this.ledger, this.cells);
    this.pairs = new PairTerm(m, this.ledger, this.cells);
    this.fair = new FairShareTerm(m, this.ledger);
    this.checked = new CheckedTerm(m, this.ledger, this.cells, this.fair);

    // Everyone off: requests to work broken on every day.
    for (const t of this.personTables) {
      if (!t.byOff) continue;
      for (let p = 0; p < m.personCount; p += 1) {
        if (!m.dense[p]) continue;
        let sum = 0;
        for (let d = m.periodFrom; d <= m.periodTo; d += 1) sum += t.byOff[p * m.rowDays + d]!;
        if (sum !== 0) this.ledger.add(t.term, t.hard ? 0 : sum, t.hard ? sum : 0);
      }
    }
    for (let p = 0; p < m.personCount; p += 1) {
      if (m.dense[p]) {
        for (let d = 0; d < m.rowDays; d += 1) {
          const g = m.fixedValue[p * m.rowDays + d]!;
          if (g >= 0) this.set(p, d, g);
        }
      } else {
        for (let d = 0; d < m.rowDays; d += 1) this.cells[p * m.rowDays + d] = m.fixedValue[p * m.rowDays + d]!;
        for (const w of m.fixedWorked[p]!) {
          const g = m.shifts.indexOf(w.shift);
          this.cover.add(p, g, 1);
        }
      }
      for (const d of m.decisionDays[p]!) {
        const g = m.initialValue[p * m.rowDays + d]!;
        if (g >= 0) this.set(p, d, g);
      }
      this.checked.touch(p);
    }
    this.settle();
  }

  /** Every per-cell table, the cost's included. */
  get unaryTables(): readonly UnaryTable[] {
    return this.model.unary;
  }

  /** The options the solver may give person `p` on period day `d`. */
  choicesAt(p: number, d: number): Int32Array {
    const m = this.model;
    const cell = p * (m.periodTo - m.periodFrom + 1) + (d - m.periodFrom);
    return m.choices.subarray(m.choiceStart[cell], m.choiceStart[cell + 1]);
  }

  value(p: number, d: number): number {
    return this.cells[p * this.model.rowDays + d]!;
  }

  /** Puts person `p` on option `g` on row day `d` (-1: off). The caller keeps to decision cells. */
  set(p: number, d: number, g: number): void {
    const m = this.model;
    const i = p * m.rowDays + d;
    const from = this.cells[i]!;
    if (from === g) return;
    this.cells[i] = g;
    const inPeriod = d >= m.periodFrom && d <= m.periodTo;
    if (m.dense[p]) {
      if (inPeriod) {
        for (const t of this.personTables) this.unary(t, p, d, from, g);
        this.counts.change(p, from, g);
        this.fair.change(p, d, from, g);
      }
      if (from >= 0 !== g >= 0) {
        this.runs.flip(p, d, g >= 0);
        if (inPeriod) this.weekends.flip(p, d, g >= 0);
      }
      this.pairs.change(p, d, from, g);
    }
    for (const t of this.costTables) this.unary(t, p, d, from, g);
    if (from >= 0) this.cover.add(p, from, -1);
    if (g >= 0) this.cover.add(p, g, 1);
    this.checked.touch(p);
  }

  /** Brings the checker-backed term up to date; call before reading the ledger. */
  settle(): void {
    this.checked.settle();
  }

  /** The solver's own assignments and those it keeps, as the rota's assignments for the period. */
  assignments(): Assignment[] {
    return rosterAssignments(this.model, this.cells);
  }

  private unary(t: UnaryTable, p: number, d: number, from: number, to: number): void {
    const m = this.model;
    const before = from >= 0 ? t.byOption[p * m.optionCount + from]! : t.byOff ? t.byOff[p * m.rowDays + d]! : 0;
    const after = to >= 0 ? t.byOption[p * m.optionCount + to]! : t.byOff ? t.byOff[p * m.rowDays + d]! : 0;
    if (before === after) return;
    if (t.hard) this.ledger.add(t.term, 0, after - before);
    else this.ledger.add(t.term, after - before, 0);
  }
}

/**
 * The rota's assignments with the cells as given: every input assignment the solver keeps
 * (history, later shifts, pinned ones, and in 'fill-gaps' mode all of them), then one per
 * decision cell worked, reusing the input's assignment when it put the same person on the same
 * shift.
 */
function rosterAssignments(model: SolverModel, cells: Int32Array): Assignment[] {
  const kept = new Set<string>();
  const out: Assignment[] = [];
  const existing = new Map<string, Assignment>();
  for (const a of model.input.assignments) existing.set(`${a.staffId}\u0000${a.shiftId}`, a);
  model.fixedWorked.forEach((list) => {
    for (const w of list) {
      out.push(w.assignment);
      kept.add(w.assignment.id);
    }
  });
  model.people.forEach((person, p) => {
    for (const d of model.decisionDays[p]!) {
      const g = cells[p * model.rowDays + d]!;
      if (g < 0) continue;
      const shiftId = model.shifts[g]!.shift.id;
      const before = existing.get(`${person.member.id}\u0000${shiftId}`);
      out.push(before && !kept.has(before.id) ? before : { id: `solver:${person.member.id}:${shiftId}`, shiftId, staffId: person.member.id, source: 'auto' });
    }
  });
  return out;
}
