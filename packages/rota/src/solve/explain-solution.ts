import { type RotaChecker, type RotaEdit } from '../check/rota-checker.js';
import { absenceCoversShift } from '../check/rota-context.js';
import { checkRota } from '../check/rota-checker.js';
import { type Violation } from '../check/violation.js';
import { findGaps, type CoverGap } from '../gaps/find-gaps.js';
import { type StaffId } from '../model/rota-staff-member.js';
import { type ShiftId } from '../model/shift.js';
import { RULE_IDS, type RuleId } from '../rules/rule-id.js';
import { type Severity } from '../settings/rota-settings.js';
import { MERGED_DUTY_TERM, TERM_COUNT } from './penalty-ledger.js';
import { type RosterState } from './roster-state.js';

/** A rule behind a candidate's answer, with how much worse the rota gets by it. */
export interface CandidateRule {
  ruleId: RuleId;
  severity: Severity;
  /** Soft points added, or for a hard rule its units (shifts, days, minutes...). */
  change: number;
  /** The checker's sentence for the breach, when it was asked (see SolveRotaOptions.explainBudget). */
  message?: string;
}

/** Why one person is not on an unfilled shift. */
export interface GapCandidate {
  staffId: StaffId;
  name: string;
  /**
   * 'blocked': a hard rule forbids it (rules say which); 'costs-more': allowed, but the soft
   * penalty it adds outweighs the gap it fills (rules: the soft rules it worsens);
   * 'kept-assignment': the person has a kept or pinned shift that day; 'could-take': taking it
   * would lower the penalty (the search stopped before finding it).
   */
  outcome: 'blocked' | 'costs-more' | 'kept-assignment' | 'could-take';
  rules: CandidateRule[];
  /** Change in soft penalty points if they took it (negative: better). */
  penaltyChange: number;
  /** The shift they work that day and would leave for this one. */
  leaves: ShiftId | null;
}

/** A shift left below its minimum, ideal or skill mix, with every candidate's reason. */
export interface UnfilledGap {
  gap: CoverGap;
  shiftId: ShiftId;
  candidates: GapCandidate[];
}

/** A hard breach the kept assignments make on their own: no roster around them can avoid it. */
export interface PinConflict {
  ruleId: RuleId;
  staffId: StaffId | null;
  message: string;
  assignmentIds: readonly string[];
}

/**
 * Rules whose hard breach by a set of assignments cannot be cured by adding more (adding only
 * makes more overlap, more shifts, less rest). Minimum hours and minimum runs can be.
 */
const ADDING_CANNOT_CURE: ReadonlySet<RuleId> = new Set<RuleId>([
  'required-skill',
  'no-overlap',
  'maximum-shifts-per-day',
  'minimum-rest-between-shifts',
  'weekly-rest',
  'average-weekly-hours',
  'rest-break',
  'approved-absence',
  'requested-absence',
  'fixed-days-off',
  'working-pattern',
  'maximum-consecutive-days',
  'maximum-weekends',
  'maximum-shifts-per-type',
  'forbidden-succession',
]);

/**
 * The hard breaches of the kept assignments alone (history, pins, and in 'fill-gaps' mode the
 * whole rota as given) that adding shifts cannot cure: the request is infeasible because of them.
 */
export function pinConflicts(state: RosterState): PinConflict[] {
  const m = state.model;
  const kept = m.fixedWorked.flatMap((list) => list.map((w) => w.assignment));
  const report = checkRota({ ...m.input, assignments: kept });
  return report.violations
    .filter((v) => v.severity === 'hard' && (ADDING_CANNOT_CURE.has(v.ruleId) || (v.ruleId === 'total-minutes' && v.key.endsWith('|maximum'))))
    .map((v) => ({ ruleId: v.ruleId, staffId: v.staffId, message: v.message, assignmentIds: v.assignmentIds }));
}

/**
 * Every shift still short of its minimum, ideal or skill mix, and for each person why they are
 * not on it: the change is tried on the solver's state (every rule, exactly) and undone; the
 * checker's sentences are added for the blocking rules while `budget` previews last.
 */
export function explainGaps(state: RosterState, checker: RotaChecker, budget: number): UnfilledGap[] {
  const m = state.model;
  const gaps = findGaps(checker, { includeCovered: false }).filter((g) => g.shortfallToIdeal > 0 || g.skillShortfalls.some((s) => s.shortfall > 0));
  const index = new Map(m.shifts.map((facts, g) => [facts.shift.id, g]));
  const before = new Float64Array(TERM_COUNT);
  const beforeHard = new Float64Array(TERM_COUNT);
  let previews = budget;
  const assignmentOf = new Map<string, string>();
  if (gaps.length > 0) for (const a of checker.toInput().assignments) assignmentOf.set(`${a.staffId}\u0000${a.shiftId}`, a.id);
  const out: UnfilledGap[] = [];
  for (const gap of gaps) {
    const shiftId = gap.shiftIds[0];
    const g = shiftId === undefined ? undefined : index.get(shiftId);
    if (shiftId === undefined || g === undefined) continue;
    const d = m.optionDay[g]!;
    const facts = m.shifts[g]!;
    const candidates: GapCandidate[] = [];
    m.people.forEach((person, p) => {
      const i = p * m.rowDays + d;
      const current = state.cells[i]!;
      if (current === g) return;
      const base = { staffId: person.member.id, name: person.name };
      if (m.isFixed[i]) {
        const fixed = m.fixedWorked[p]!.find((w) => w.shift.day === facts.day);
        if (fixed) {
          candidates.push({ ...base, outcome: 'kept-assignment', rules: [], penaltyChange: 0, leaves: fixed.shift.shift.id });
          return;
        }
      }
      const leaves = current >= 0 ? m.shifts[current]!.shift.id : null;
      const approved = person.absences.find((a) => a.absence.status === 'approved' && absenceCoversShift(a, facts));
      if (approved) {
        candidates.push({ ...base, outcome: 'blocked', rules: [{ ruleId: 'approved-absence', severity: 'hard', change: 1 }], penaltyChange: 0, leaves });
        return;
      }
      before.set(state.ledger.soft);
      beforeHard.set(state.ledger.hard);
      const softBefore = state.ledger.softTotal;
      state.set(p, d, g);
      state.settle();
      const rules: CandidateRule[] = [];
      let blocked = false;
      for (let t = 0; t < TERM_COUNT; t += 1) {
        const hard = state.ledger.hard[t]! - beforeHard[t]!;
        const soft = state.ledger.soft[t]! - before[t]!;
        const ruleId = t === MERGED_DUTY_TERM ? 'minimum-rest-between-shifts' : RULE_IDS[t];
        if (ruleId === undefined) continue;
        if (hard > 1e-9) {
          blocked = true;
          const scale = t === MERGED_DUTY_TERM ? 1 : state.ledger.hardScale[t]!;
          rules.push({ ruleId, severity: 'hard', change: round(hard / scale) });
        } else if (soft > 1e-9) rules.push({ ruleId, severity: 'soft', change: round(soft) });
      }
      const penaltyChange = round(state.ledger.softTotal - softBefore);
      state.set(p, d, current);
      state.settle();
      const hardOnly = rules.filter((r) => r.severity === 'hard');
      const outcome = blocked ? 'blocked' : penaltyChange < 0 ? 'could-take' : 'costs-more';
      const shown = (blocked ? hardOnly : rules).sort((a, b) => b.change - a.change);
      if (blocked && previews > 0) {
        previews -= 1;
        const existing = leaves === null ? undefined : assignmentOf.get(`${person.member.id}\u0000${leaves}`);
        addMessages(shown, checker, { staffId: person.member.id, shiftId, existing });
      }
      candidates.push({ ...base, outcome, rules: shown, penaltyChange, leaves });
    });
    out.push({ gap, shiftId, candidates });
  }
  return out;
}

/** The checker's own sentences for the hard breaches the change would bring. */
function addMessages(rules: CandidateRule[], checker: RotaChecker, change: { staffId: StaffId; shiftId: ShiftId; existing: string | undefined }): void {
  const edit: RotaEdit = change.existing
    ? { kind: 'move-assignment', assignmentId: change.existing, shiftId: change.shiftId }
    : { kind: 'add-assignment', assignment: { id: `candidate:${change.staffId}:${change.shiftId}`, shiftId: change.shiftId, staffId: change.staffId, source: 'auto' } };
  const delta = checker.preview(edit);
  const added = new Map<RuleId, Violation>();
  for (const v of delta.added) if (v.severity === 'hard' && v.staffId === change.staffId && !added.has(v.ruleId)) added.set(v.ruleId, v);
  for (const rule of rules) {
    const v = added.get(rule.ruleId);
    if (v) rule.message = v.message;
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100 || 0;
}

