import { MERGED_DUTY_TERM, RULE_INDEX, type PenaltyLedger } from './penalty-ledger.js';
import { type SolverModel } from './solver-model.js';

const SUCCESSION = RULE_INDEX['forbidden-succession'];
const REST = RULE_INDEX['minimum-rest-between-shifts'];
const OVERLAP = RULE_INDEX['no-overlap'];

/**
 * Rules between one worked cell and the next within `reach` days: rest shorter than the
 * minimum (minimum-rest-between-shifts), overlap (no-overlap), a shift type that cannot follow
 * the day before's (forbidden-succession), and two shifts close enough to be one duty (charged
 * as a hard solver term: the dense model measures rest between single shifts). With at most one
 * shift a day, consecutive worked cells are consecutive duties. Pairs with neither shift in the
 * period are not charged, as the rules skip them.
 */
export class PairTerm {
  private succession = 0;
  private rest = 0;
  private overlap = 0;
  private merged = 0;

  constructor(
    private readonly model: SolverModel,
    private readonly ledger: PenaltyLedger,
    private readonly cells: Int32Array,
  ) {}

  /** Cell `d` of person `p` has just changed from option `from` to option `to` (-1: off). */
  change(p: number, d: number, from: number, to: number): void {
    const m = this.model;
    const base = p * m.rowDays;
    const reach = m.reach;
    let prev = -1;
    for (let k = d - 1; k >= 0 && k >= d - reach; k -= 1) {
      if (this.cells[base + k]! >= 0) {
        prev = k;
        break;
      }
    }
    let next = -1;
    for (let k = d + 1; k < m.rowDays && k <= d + reach; k += 1) {
      if (this.cells[base + k]! >= 0) {
        next = k;
        break;
      }
    }
    if (prev < 0 && next < 0) return;
    const a = prev >= 0 ? this.cells[base + prev]! : -1;
    const b = next >= 0 ? this.cells[base + next]! : -1;
    this.succession = 0;
    this.rest = 0;
    this.overlap = 0;
    this.merged = 0;
    // Take away the pairs as they were, add the pairs as they are.
    this.around(a, prev, from, d, b, next, -1);
    this.around(a, prev, to, d, b, next, 1);
    if (this.succession !== 0) this.ledger.charge(SUCCESSION, this.succession);
    if (this.rest !== 0) this.ledger.charge(REST, this.rest);
    if (this.overlap !== 0) this.ledger.charge(OVERLAP, this.overlap);
    if (this.merged !== 0) this.ledger.charge(MERGED_DUTY_TERM, this.merged);
  }

  /**
   * The pair of `first` then `second` (worked cells, second after first within reach) on its own:
   * soft points into `out[0]`, hard units into `out[1]`.
   */
  cost(first: number, firstDay: number, second: number, secondDay: number, out: Float64Array): void {
    this.succession = 0;
    this.rest = 0;
    this.overlap = 0;
    this.merged = 0;
    this.pair(first, firstDay, second, secondDay, 1);
    const l = this.ledger;
    out[0] = this.succession * l.softWeight[SUCCESSION]! + this.rest * l.softWeight[REST]! + this.overlap * l.softWeight[OVERLAP]!;
    out[1] = this.succession * l.hardScale[SUCCESSION]! + this.rest * l.hardScale[REST]! + this.overlap * l.hardScale[OVERLAP]! + this.merged * l.hardScale[MERGED_DUTY_TERM]!;
  }

  private around(a: number, da: number, c: number, dc: number, b: number, db: number, sign: number): void {
    if (c >= 0) {
      if (a >= 0) this.pair(a, da, c, dc, sign);
      if (b >= 0) this.pair(c, dc, b, db, sign);
    } else if (a >= 0 && b >= 0) this.pair(a, da, b, db, sign);
  }

  private pair(first: number, firstDay: number, second: number, secondDay: number, sign: number): void {
    const m = this.model;
    if (!m.optionInPeriod[first] && !m.optionInPeriod[second]) return;
    const firstEnd = m.optionEnd[first]!;
    const gap = m.optionStart[second]! - firstEnd;
    if (gap <= m.splitGapMinutes) {
      this.merged += sign;
      if (gap < 0) this.overlap += sign * (Math.min(firstEnd, m.optionEnd[second]!) - m.optionStart[second]!);
    } else if (gap < m.minRestMinutes) this.rest += sign * (m.minRestMinutes - gap);
    const forbidden = m.forbiddenNext;
    if (forbidden !== null && secondDay === firstDay + 1 && forbidden[m.optionType[first]! * m.typeCount + m.optionType[second]!]) this.succession += sign;
  }
}
