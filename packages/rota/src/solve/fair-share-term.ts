import { FAIRNESS_CATEGORIES } from '../fairness/fairness-counts.js';
import { RULE_INDEX, type PenaltyLedger } from './penalty-ledger.js';
import { type SolverModel } from './solver-model.js';

const FAIR = RULE_INDEX['fair-share'];
const C = FAIRNESS_CATEGORIES.length;
const EVENINGS = 0;
const WEEKENDS = 1;
const HOLIDAYS = 2;

/**
 * The fair-share rule: each person's A&E evenings, weekends and public holidays (the ledger's
 * baseline plus the period) against their WTE's share at the team's rate. A change to one
 * eligible person's count moves the team rate, so that category is re-charged for everyone with
 * work in it this period: O(staff), only on moves that touch such shifts. The arithmetic follows
 * the rule's, in the same order, so the floats agree.
 */
export class FairShareTerm {
  /** Per person x category: this period's count. */
  private readonly inPeriod: Float64Array;
  private readonly penalty: Float64Array;
  private readonly total: Float64Array;
  /** Per person x weekend: shifts worked on it (a weekend counts once). */
  private readonly weekendDays: Int32Array;
  private readonly on: boolean;

  constructor(
    private readonly model: SolverModel,
    private readonly ledger: PenaltyLedger,
  ) {
    const P = model.personCount;
    this.on = ledger.isOn(FAIR);
    this.inPeriod = new Float64Array(P * C);
    this.penalty = new Float64Array(P * C);
    this.total = new Float64Array(C);
    this.weekendDays = new Int32Array(P * Math.max(1, model.weekendCount));
    for (let c = 0; c < C; c += 1) {
      let total = 0;
      for (let p = 0; p < P; p += 1) if (model.fairEligible[p * C + c]) total += model.fairBaseline[p * C + c]!;
      this.total[c] = total;
    }
  }

  /** A period cell of a dense person changes from option `from` to `to` (-1: off) on day `d`. */
  change(p: number, d: number, from: number, to: number): void {
    if (!this.on) return;
    const m = this.model;
    const evenings = (to >= 0 ? m.optionEvening[to]! : 0) - (from >= 0 ? m.optionEvening[from]! : 0);
    const holidays = (to >= 0 ? m.optionHoliday[to]! : 0) - (from >= 0 ? m.optionHoliday[from]! : 0);
    let weekends = 0;
    const w = m.weekendOf[d]!;
    if (w >= 0 && from >= 0 !== to >= 0) {
      const i = p * m.weekendCount + w;
      const before = this.weekendDays[i]!;
      const after = before + (to >= 0 ? 1 : -1);
      this.weekendDays[i] = after;
      if (before > 0 !== after > 0) weekends = after > 0 ? 1 : -1;
    }
    if (evenings !== 0) this.shift(p, EVENINGS, evenings);
    if (weekends !== 0) this.shift(p, WEEKENDS, weekends);
    if (holidays !== 0) this.shift(p, HOLIDAYS, holidays);
  }

  /** Sets an irregular person's period counts, worked out from their shifts by the checker's counting. */
  setCounts(p: number, evenings: number, weekends: number, holidays: number): void {
    if (!this.on) return;
    const counts = [evenings, weekends, holidays];
    for (let c = 0; c < C; c += 1) {
      const change = counts[c]! - this.inPeriod[p * C + c]!;
      if (change !== 0) this.shift(p, c, change);
    }
  }

  private shift(p: number, c: number, change: number): void {
    const m = this.model;
    this.inPeriod[p * C + c]! += change;
    if (!m.fairEligible[p * C + c]) return;
    this.total[c]! += change;
    // The team rate moved: everyone with work in this category this period is re-charged.
    const rate = m.fairWte[c]! > 0 ? this.total[c]! / m.fairWte[c]! : 0;
    let delta = 0;
    for (let q = 0; q < m.personCount; q += 1) {
      const i = q * C + c;
      const before = this.penalty[i]!;
      const inPeriod = this.inPeriod[i]!;
      let after = 0;
      if (inPeriod !== 0 && m.fairEligible[i]) {
        const count = m.fairBaseline[i]! + inPeriod;
        const deviation = count - m.people[q]!.wte * rate;
        const tolerance = m.fairTolerance;
        if (deviation > tolerance + 1e-9) after = Math.round(Math.min(deviation - tolerance, inPeriod) * 100) / 100;
      }
      if (after !== before) {
        this.penalty[i] = after;
        delta += after - before;
      }
    }
    if (delta !== 0) this.ledger.charge(FAIR, delta);
  }
}
