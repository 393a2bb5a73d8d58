import { type PersonState, type WorkedShift } from '../check/rota-context.js';
import { compareWorked } from '../check/rota-state.js';
import { weightedPenalty } from '../check/violation.js';
import { actualShifts } from '../check/worked-shifts.js';
import { countFairness } from '../fairness/fairness-counts.js';
import { type FairShareTerm } from './fair-share-term.js';
import { RULE_INDEX, type PenaltyLedger } from './penalty-ledger.js';
import { type SolverModel } from './solver-model.js';

/**
 * Rules evaluated by the checker's own code on a person's row: the rules with no dense term
 * (weekly rest, the 17-week average), and every rule of an irregular person. Exact by
 * construction, and slower: the person's shifts are rebuilt and their rules run again, once per
 * settled move that touches them.
 */
export class CheckedTerm {
  private readonly soft: Float64Array;
  private readonly hard: Float64Array;
  private readonly dirty: Uint8Array;
  private readonly pending: number[] = [];
  private readonly assignmentIds = new Map<number, string>();

  constructor(
    private readonly model: SolverModel,
    private readonly ledger: PenaltyLedger,
    private readonly cells: Int32Array,
    private readonly fair: FairShareTerm,
  ) {
    const n = model.personCount * model.ledger.soft.length;
    this.soft = new Float64Array(n);
    this.hard = new Float64Array(n);
    this.dirty = new Uint8Array(model.personCount);
  }

  /** True when person `p` has rules this term evaluates. */
  covers(p: number): boolean {
    return this.model.checkedRules[p]!.length > 0;
  }

  touch(p: number): void {
    if (this.dirty[p] || !this.covers(p)) return;
    this.dirty[p] = 1;
    this.pending.push(p);
  }

  /** Re-evaluates everyone touched since the last call. */
  settle(): void {
    while (this.pending.length > 0) {
      const p = this.pending.pop() as number;
      this.dirty[p] = 0;
      this.evaluate(p);
    }
  }

  /** The person as the rules see them, with the row as it stands. */
  personState(p: number): PersonState {
    const m = this.model;
    const base = m.people[p]!;
    const worked: WorkedShift[] = [...m.fixedWorked[p]!];
    for (const d of m.decisionDays[p]!) {
      const g = this.cells[p * m.rowDays + d]!;
      if (g < 0) continue;
      const shift = m.shifts[g]!;
      worked.push({ assignment: { id: this.assignmentId(p, g), shiftId: shift.shift.id, staffId: base.member.id, source: 'auto' }, shift });
    }
    worked.sort(compareWorked);
    const { actual, actualInPeriod } = actualShifts(worked, base.absences);
    return { ...base, worked, actual, actualInPeriod };
  }

  private evaluate(p: number): void {
    const m = this.model;
    const person = this.personState(p);
    const stride = m.ledger.soft.length;
    for (const rule of m.checkedRules[p]!) {
      const term = RULE_INDEX[rule.id];
      let soft = 0;
      let hard = 0;
      for (const v of rule.evaluatePerson(person, m.context)) {
        soft += weightedPenalty(v);
        if (v.severity === 'hard') hard += v.penalty * this.ledger.hardScale[term]!;
      }
      const i = p * stride + term;
      if (soft !== this.soft[i] || hard !== this.hard[i]) {
        this.ledger.add(term, soft - this.soft[i]!, hard - this.hard[i]!);
        this.soft[i] = soft;
        this.hard[i] = hard;
      }
    }
    if (!m.dense[p]) {
      const counts = countFairness(person.actualInPeriod.map((w) => w.shift));
      this.fair.setCounts(p, counts['a-and-e-evenings'], counts.weekends, counts['public-holidays']);
    }
  }

  private assignmentId(p: number, g: number): string {
    const key = p * this.model.optionCount + g;
    let id = this.assignmentIds.get(key);
    if (id === undefined) {
      id = `solver:${this.model.people[p]!.member.id}:${this.model.shifts[g]!.shift.id}`;
      this.assignmentIds.set(key, id);
    }
    return id;
  }
}
