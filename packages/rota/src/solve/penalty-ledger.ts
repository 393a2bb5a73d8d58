import { ROTA_RULES } from '../rules/rule-catalogue.js';
import { RULE_IDS, type RuleId } from '../rules/rule-id.js';
import { type RotaSettings } from '../settings/rota-settings.js';

/**
 * What the solver adds up besides the rules: a duty the solver made by putting one shift within
 * the split-shift gap of the next day's (never a rule breach it may create, because the dense
 * model measures rest between single shifts), and the cost of the assignments.
 */
export const MERGED_DUTY_TERM = RULE_IDS.length;
export const COST_TERM = RULE_IDS.length + 1;
export const TERM_COUNT = RULE_IDS.length + 2;

/** Index of each rule in the ledger's arrays (its position in RULE_IDS). */
export const RULE_INDEX: Readonly<Record<RuleId, number>> = Object.fromEntries(RULE_IDS.map((id, index) => [id, index])) as Record<RuleId, number>;

/**
 * The solver's running totals, per rule: soft points (the rule's units times its weight and the
 * item's multiplier, exactly as the checker's `softPenalty` adds them) and hard units. The
 * search minimises `softTotal + lambda * hardTotal`, so hard units are put on one scale: a
 * shift, a day, a weekend, a person or an hour (minutes count 1/60 each).
 */
export class PenaltyLedger {
  readonly soft = new Float64Array(TERM_COUNT);
  readonly hard = new Float64Array(TERM_COUNT);
  /** Points per unit of each soft rule (0 when the rule is hard or off). */
  readonly softWeight = new Float64Array(TERM_COUNT);
  /** Search units per unit of each hard rule (0 when the rule is soft or off). */
  readonly hardScale = new Float64Array(TERM_COUNT);
  readonly enabled = new Uint8Array(TERM_COUNT);
  softTotal = 0;
  hardTotal = 0;

  constructor(settings: RotaSettings) {
    for (const rule of ROTA_RULES) {
      const s = settings.rules[rule.id];
      const index = RULE_INDEX[rule.id];
      if (!s.enabled) continue;
      this.enabled[index] = 1;
      if (s.severity === 'soft') this.softWeight[index] = s.weight;
      else this.hardScale[index] = rule.unit === 'minutes' ? 1 / 60 : 1;
    }
    this.enabled[MERGED_DUTY_TERM] = 1;
    this.hardScale[MERGED_DUTY_TERM] = 1;
    this.enabled[COST_TERM] = 1;
    this.softWeight[COST_TERM] = 1;
  }

  isOn(term: number): boolean {
    return this.enabled[term] === 1;
  }

  isHard(term: number): boolean {
    return this.hardScale[term]! > 0;
  }

  /** Adds `units` of a term (negative to take away); `multiplier` scales soft points only (a request's weight, a cover line's weight). */
  charge(term: number, units: number, multiplier = 1): void {
    const soft = units * multiplier * this.softWeight[term]!;
    const hard = units * this.hardScale[term]!;
    this.soft[term]! += soft;
    this.hard[term]! += hard;
    this.softTotal += soft;
    this.hardTotal += hard;
  }

  /** Adds points and hard units already worked out (the checker-backed term). */
  add(term: number, softPoints: number, hardUnits: number): void {
    this.soft[term]! += softPoints;
    this.hard[term]! += hardUnits;
    this.softTotal += softPoints;
    this.hardTotal += hardUnits;
  }

  /** Sums again from the per-term arrays: incremental float sums drift by ulps over millions of moves. */
  resum(): void {
    let soft = 0;
    let hard = 0;
    for (let i = 0; i < TERM_COUNT; i += 1) {
      soft += this.soft[i]!;
      hard += this.hard[i]!;
    }
    this.softTotal = soft;
    this.hardTotal = hard;
  }

  snapshot(): { soft: Float64Array; hard: Float64Array } {
    return { soft: this.soft.slice(), hard: this.hard.slice() };
  }
}
