import { RULE_INDEX, type PenaltyLedger } from './penalty-ledger.js';
import { type SolverModel } from './solver-model.js';

const WEEKENDS = RULE_INDEX['maximum-weekends'];

/**
 * Weekends worked in the period (a shift on the Saturday, the Sunday or both) against each
 * person's maximum: a count of worked days per weekend, and of weekends with any.
 */
export class WeekendTerm {
  private readonly days: Int32Array;
  private readonly weekends: Int32Array;

  constructor(
    private readonly model: SolverModel,
    private readonly ledger: PenaltyLedger,
  ) {
    this.days = new Int32Array(model.personCount * Math.max(1, model.weekendCount));
    this.weekends = new Int32Array(model.personCount);
  }

  /** Day `d` of person `p` (a weekend day of the period) becomes worked (+1) or off (-1). */
  flip(p: number, d: number, worked: boolean): void {
    const w = this.model.weekendOf[d]!;
    if (w < 0) return;
    const i = p * this.model.weekendCount + w;
    const before = this.days[i]!;
    const after = before + (worked ? 1 : -1);
    this.days[i] = after;
    if ((before > 0) === (after > 0)) return;
    const max = this.model.maxWeekends[p]!;
    const was = this.weekends[p]!;
    const now = was + (after > 0 ? 1 : -1);
    this.weekends[p] = now;
    this.ledger.charge(WEEKENDS, (now > max ? now - max : 0) - (was > max ? was - max : 0));
  }

  /** Days worked on weekend `w` by person `p`. */
  daysOn(p: number, w: number): number {
    return this.days[p * this.model.weekendCount + w]!;
  }
}
