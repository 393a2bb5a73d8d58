import { RULE_INDEX, type PenaltyLedger } from './penalty-ledger.js';
import { type SolverModel } from './solver-model.js';

const MAX_RUN = RULE_INDEX['maximum-consecutive-days'];
const MIN_RUN = RULE_INDEX['minimum-consecutive-days'];
const MIN_OFF = RULE_INDEX['minimum-consecutive-days-off'];

/**
 * Runs of worked days and of days off from the first day of history to the last of the period,
 * as the three consecutive-days rules read them: a worked run longer than the maximum; a worked
 * run shorter than the minimum, or a run of days off shorter than its minimum, unless it touches
 * either end of that range; runs ending before the period are not charged.
 *
 * Flipping one day only re-forms the runs from the start of the run holding the day before to
 * the end of the run holding the day after: the days beyond them keep their opposite status, so
 * those runs are re-charged and nothing else.
 */
export class RunTerm {
  private readonly from: number;
  private readonly to: number;
  private readonly rowDays: number;
  private max = 0;
  private min = 0;
  private off = 0;

  constructor(
    private readonly model: SolverModel,
    private readonly ledger: PenaltyLedger,
    private readonly cells: Int32Array,
  ) {
    this.from = model.historyFrom;
    this.to = model.periodTo;
    this.rowDays = model.rowDays;
  }

  /** Day `d` of person `p` has just become worked (or off). */
  flip(p: number, d: number, worked: boolean): void {
    const m = this.model;
    if (d < this.from || d > this.to) return;
    if (Number.isNaN(m.maxRun[p]!) && Number.isNaN(m.minRun[p]!) && Number.isNaN(m.minOff[p]!)) return;
    const base = p * this.rowDays;
    const cells = this.cells;
    let left = d;
    if (d - 1 >= this.from) {
      const status = cells[base + d - 1]! >= 0;
      left = d - 1;
      while (left - 1 >= this.from && cells[base + left - 1]! >= 0 === status) left -= 1;
    }
    let right = d;
    if (d + 1 <= this.to) {
      const status = cells[base + d + 1]! >= 0;
      right = d + 1;
      while (right + 1 <= this.to && cells[base + right + 1]! >= 0 === status) right += 1;
    }
    this.segment(p, left, right, d, !worked);
    const max = this.max;
    const min = this.min;
    const off = this.off;
    this.segment(p, left, right, d, worked);
    if (this.max !== max) this.ledger.charge(MAX_RUN, this.max - max);
    if (this.min !== min) this.ledger.charge(MIN_RUN, this.min - min);
    if (this.off !== off) this.ledger.charge(MIN_OFF, this.off - off);
  }

  /** Units of the runs inside [left, right], with day `d` worked or not as given. */
  private segment(p: number, left: number, right: number, d: number, centre: boolean): void {
    const base = p * this.rowDays;
    this.max = 0;
    this.min = 0;
    this.off = 0;
    let start = left;
    let status = left === d ? centre : this.cells[base + left]! >= 0;
    for (let k = left + 1; k <= right + 1; k += 1) {
      const s = k > right ? !status : k === d ? centre : this.cells[base + k]! >= 0;
      if (s === status) continue;
      this.charge(p, start, k - 1, status);
      start = k;
      status = s;
    }
  }

  private charge(p: number, first: number, last: number, worked: boolean): void {
    if (last < this.model.periodFrom) return;
    const length = last - first + 1;
    const m = this.model;
    const inside = first !== this.from && last !== this.to;
    if (worked) {
      const max = m.maxRun[p]!;
      if (length > max) this.max += length - max;
      const min = m.minRun[p]!;
      if (inside && length < min) this.min += min - length;
    } else {
      const min = m.minOff[p]!;
      if (inside && length < min) this.off += min - length;
    }
  }
}
