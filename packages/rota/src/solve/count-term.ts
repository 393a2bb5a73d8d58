import { RULE_INDEX, type PenaltyLedger } from './penalty-ledger.js';
import { type SolverModel } from './solver-model.js';

const PER_TYPE = RULE_INDEX['maximum-shifts-per-type'];
const TOTAL = RULE_INDEX['total-minutes'];
const CONTRACT = RULE_INDEX['contracted-hours'];

/**
 * Counts over a person's shifts in the period: shifts of each type against personal limits
 * (maximum-shifts-per-type), and paid minutes against the minimum and maximum (total-minutes)
 * and against contracted hours pro rata (contracted-hours). Each change moves a counter and
 * charges the difference of a piecewise-linear penalty: O(1).
 */
export class CountTerm {
  private readonly typeCount: Int32Array;
  private readonly total: Float64Array;

  constructor(
    private readonly model: SolverModel,
    private readonly ledger: PenaltyLedger,
  ) {
    this.typeCount = new Int32Array(model.personCount * model.typeCount);
    this.total = new Float64Array(model.personCount);
    for (let p = 0; p < model.personCount; p += 1) {
      if (!model.dense[p]) continue;
      ledger.charge(TOTAL, this.totalUnits(p, 0));
      ledger.charge(CONTRACT, this.contractUnits(p, 0));
    }
  }

  /** A period cell of person `p` changes from option `from` to option `to` (-1 is off). */
  change(p: number, from: number, to: number): void {
    const m = this.model;
    let minutes = 0;
    if (from >= 0) {
      const i = p * m.typeCount + m.optionType[from]!;
      const limit = m.typeLimit[i]!;
      const count = this.typeCount[i]!;
      if (count > limit) this.ledger.charge(PER_TYPE, -1);
      this.typeCount[i] = count - 1;
      minutes -= m.optionPaid[from]!;
    }
    if (to >= 0) {
      const i = p * m.typeCount + m.optionType[to]!;
      const limit = m.typeLimit[i]!;
      const count = this.typeCount[i]! + 1;
      if (count > limit) this.ledger.charge(PER_TYPE, 1);
      this.typeCount[i] = count;
      minutes += m.optionPaid[to]!;
    }
    if (minutes === 0) return;
    const before = this.total[p]!;
    const after = before + minutes;
    this.total[p] = after;
    this.ledger.charge(TOTAL, this.totalUnits(p, after) - this.totalUnits(p, before));
    this.ledger.charge(CONTRACT, this.contractUnits(p, after) - this.contractUnits(p, before));
  }

  minutesOf(p: number): number {
    return this.total[p]!;
  }

  private totalUnits(p: number, total: number): number {
    const max = this.model.maxTotal[p]!;
    const min = this.model.minTotal[p]!;
    return (total > max ? total - max : 0) + (total < min ? min - total : 0);
  }

  private contractUnits(p: number, total: number): number {
    const expected = this.model.contracted[p]!;
    if (Number.isNaN(expected)) return 0;
    const difference = Math.abs(total - expected);
    const tolerance = this.model.contractTolerance;
    return difference > tolerance ? difference - tolerance : 0;
  }
}
