import { RULE_INDEX, type PenaltyLedger } from './penalty-ledger.js';
import { type SolverModel } from './solver-model.js';

const MINIMUM = RULE_INDEX['minimum-cover'];
const IDEAL = RULE_INDEX['ideal-cover'];
const OVER = RULE_INDEX['over-cover'];
const MIX = RULE_INDEX['skill-mix'];

/**
 * Head count of each cover slot (date x shift type) among the people who count for it, and of
 * those holding each skill of its skill mix: minimum-cover below the minimum, ideal-cover between
 * the minimum and the ideal, over-cover above the ideal, skill-mix per skill short. O(1) per
 * change plus one step per skill-mix entry.
 */
export class CoverTerm {
  readonly count: Int32Array;
  private readonly mixCount: Int32Array;

  constructor(
    private readonly model: SolverModel,
    private readonly ledger: PenaltyLedger,
  ) {
    this.count = new Int32Array(model.slotCount);
    this.mixCount = new Int32Array(model.mixNeed.length);
    for (let s = 0; s < model.slotCount; s += 1) {
      const minimum = model.slotMinimum[s]!;
      const ideal = model.slotIdeal[s]!;
      if (minimum > 0) ledger.charge(MINIMUM, minimum, model.slotWeightBelowMinimum[s]);
      if (ideal > Math.max(0, minimum)) ledger.charge(IDEAL, ideal - Math.max(0, minimum), model.slotWeightBelowIdeal[s]);
      for (let k = model.mixStart[s]!; k < model.mixStart[s + 1]!; k += 1) if (model.mixNeed[k]! > 0) ledger.charge(MIX, model.mixNeed[k]!);
    }
  }

  /** Soft points the cover rules would gain (negative: lose) if person `p` joined the shift of option `g` now. */
  joinPoints(p: number, g: number): number {
    const m = this.model;
    const s = m.optionSlot[g]!;
    if (s < 0 || !m.counted[p * m.optionCount + g]) return 0;
    const w = this.ledger.softWeight;
    const have = this.count[s]!;
    const minimum = m.slotMinimum[s]!;
    const ideal = m.slotIdeal[s]!;
    let points = 0;
    if (have < minimum) points -= m.slotWeightBelowMinimum[s]! * w[MINIMUM]!;
    else if (have < ideal) points -= m.slotWeightBelowIdeal[s]! * w[IDEAL]!;
    if (have >= ideal) points += m.slotWeightAboveIdeal[s]! * w[OVER]!;
    const end = m.mixStart[s + 1]!;
    for (let k = m.mixStart[s]!; k < end; k += 1) if (m.personSkills[p]! & m.mixSkill[k]! && this.mixCount[k]! < m.mixNeed[k]!) points -= w[MIX]!;
    return points;
  }

  /** Person `p` joins (+1) or leaves (-1) the shift of option `g`. */
  add(p: number, g: number, sign: 1 | -1): void {
    const m = this.model;
    const s = m.optionSlot[g]!;
    if (s < 0 || !m.counted[p * m.optionCount + g]) return;
    const before = this.count[s]!;
    const after = before + sign;
    this.count[s] = after;
    const minimum = m.slotMinimum[s]!;
    const ideal = m.slotIdeal[s]!;
    const short = (have: number): number => (have < minimum ? minimum - have : 0);
    const belowIdeal = (have: number): number => Math.max(0, ideal - Math.max(have, minimum));
    const over = (have: number): number => (have > ideal ? have - ideal : 0);
    const dShort = short(after) - short(before);
    if (dShort !== 0) this.ledger.charge(MINIMUM, dShort, m.slotWeightBelowMinimum[s]);
    const dIdeal = belowIdeal(after) - belowIdeal(before);
    if (dIdeal !== 0) this.ledger.charge(IDEAL, dIdeal, m.slotWeightBelowIdeal[s]);
    const dOver = over(after) - over(before);
    if (dOver !== 0) this.ledger.charge(OVER, dOver, m.slotWeightAboveIdeal[s]);
    const end = m.mixStart[s + 1]!;
    for (let k = m.mixStart[s]!; k < end; k += 1) {
      if (!(m.personSkills[p]! & m.mixSkill[k]!)) continue;
      const need = m.mixNeed[k]!;
      const had = this.mixCount[k]!;
      const has = had + sign;
      this.mixCount[k] = has;
      const dMix = (has < need ? need - has : 0) - (had < need ? need - had : 0);
      if (dMix !== 0) this.ledger.charge(MIX, dMix);
    }
  }
}
