import { SKILL_LABELS } from '@recordroom/people';
import { deltaOutcome } from '../check/delta-outcome.js';
import { type RotaChecker } from '../check/rota-checker.js';
import { type PersonState, type RotaContext, type WorkedShift } from '../check/rota-context.js';
import { shiftEnding, shiftStarting } from '../check/rota-rule.js';
import { type ShiftFacts } from '../check/shift-facts.js';
import { type Violation } from '../check/violation.js';
import { FAIRNESS_CATEGORIES, FAIRNESS_CATEGORY_LABELS, type FairnessCategory, type FairnessStanding } from '../fairness/fairness-counts.js';
import { teamFairness } from '../fairness/team-fairness.js';
import { type AssignmentSource } from '../model/assignment.js';
import { type StaffId } from '../model/rota-staff-member.js';
import { type ShiftId } from '../model/shift.js';
import { contractedMinutesInPeriod } from '../rules/contracted-hours.js';
import { type RuleId } from '../rules/rule-id.js';
import { formatDuration } from '../time/format-duration.js';
import { formatDate } from '../time/format-instant.js';
import { RotaValidationError } from '../validation/field-error.js';
import { type CostEstimate, type CostEstimator } from './cost-estimator.js';

/** Why a candidate suits (or does not quite suit) the shift, one line each. */
export interface CandidateReason {
  kind: 'skill' | 'rest' | 'hours' | 'fairness' | 'preference' | 'warning' | 'cost';
  text: string;
}

/**
 * Points behind a candidate's score (higher is better): the soft penalty the assignment removes
 * from the rota (negative when it adds more than it removes), the fairness term, and the cost.
 */
export interface ScoreBreakdown {
  rules: number;
  fairness: number;
  cost: number;
}

export interface CoverCandidate {
  staffId: StaffId;
  name: string;
  rank: number;
  score: number;
  breakdown: ScoreBreakdown;
  reasons: CandidateReason[];
  /** Soft breaches the assignment would add. */
  warnings: Violation[];
  /** Breaches it would resolve (the gap itself, hours owed...). */
  resolves: Violation[];
  cost: CostEstimate | null;
  /** Contracted minutes left in the period before this shift; null for bank staff. */
  minutesLeftOfContract: number | null;
}

export interface ExcludedCandidate {
  staffId: StaffId;
  name: string;
  reason: 'already-on-shift' | 'breaks-hard-rules';
  /** The hard rules the assignment would break, with their messages. */
  rules: { ruleId: RuleId; message: string }[];
}

export interface CoverCandidates {
  shiftId: ShiftId;
  candidates: CoverCandidate[];
  excluded: ExcludedCandidate[];
}

export interface CoverCandidateOptions {
  /** The dated shift to fill; defaults to the gap's first. */
  shiftId?: ShiftId;
  /** Who to consider; defaults to everyone on the rota. */
  staffIds?: readonly StaffId[];
  /** How the person would be booked: 'manual' for own staff; 'bank' for bank staff. */
  source?: AssignmentSource;
  costEstimator?: CostEstimator;
  weights?: {
    /** Points per shift (weekend, day) a person is above their fair share in the shift's categories. Default 60. */
    fairness?: number;
    /** Points per pound of estimated cost. Default 1 (so £100 weighs like 100 minutes of rule penalty). */
    costPerPound?: number;
  };
}

/**
 * Everyone who could fill a gap, ranked: each with the rule warnings the assignment would add,
 * reasons (skill, rest either side, hours left against contract, fairness ledger, preferences,
 * cost) and a score breakdown; and everyone excluded, with the hard rules that exclude them.
 *
 * Score = the soft penalty the assignment takes off the rota (rule weights, so hours owed,
 * preferences, rest and fairness beyond tolerance all count), minus the fairness weight times
 * how far the person is above their pro-rata share of the shift's unsocial categories, minus the
 * cost weight times the estimated cost in pounds. Ties go by name.
 *
 * @example
 * const gap = findGaps(checker, { includeCovered: false })[0];
 * const { candidates, excluded } = rankCoverCandidates(gap, checker, { costEstimator });
 * candidates[0]?.reasons.map((r) => r.text);
 */
export function rankCoverCandidates(
  gap: { shiftIds: readonly ShiftId[] },
  checker: RotaChecker,
  options: CoverCandidateOptions = {},
): CoverCandidates {
  const { context } = checker;
  const shiftId = options.shiftId ?? gap.shiftIds[0];
  const shift = shiftId === undefined ? undefined : context.shifts.get(shiftId);
  if (shiftId === undefined || !shift) {
    throw new RotaValidationError([{ field: 'shiftId', message: shiftId === undefined ? 'the gap has no dated shift to assign people to yet' : `names no known shift: ${shiftId}` }]);
  }
  const fairnessWeight = options.weights?.fairness ?? 60;
  const costPerPound = options.weights?.costPerPound ?? 1;
  const before = checker.totals().softPenalty;
  const categories = categoriesOf(shift);
  const standings = categories.length > 0 ? teamFairness(context).standings : new Map<StaffId, Record<FairnessCategory, FairnessStanding>>();
  const pool = options.staffIds ?? [...context.people.keys()];
  const candidates: CoverCandidate[] = [];
  const excluded: ExcludedCandidate[] = [];

  for (const staffId of pool) {
    const person = context.people.get(staffId);
    if (!person) throw new RotaValidationError([{ field: 'staffIds', message: `names no known staff member: ${staffId}` }]);
    if (person.worked.some((w) => w.shift.shift.id === shiftId)) {
      excluded.push({ staffId, name: person.name, reason: 'already-on-shift', rules: [] });
      continue;
    }
    const source = options.source ?? (person.member.contractType === 'bank' ? 'bank' : 'manual');
    const minutesLeft = minutesLeftOfContract(person, context);
    const delta = checker.preview({ kind: 'add-assignment', assignment: { id: `candidate:${staffId}:${shiftId}`, shiftId, staffId, source } });
    const hard = delta.added.filter((v) => v.severity === 'hard');
    if (hard.length > 0) {
      excluded.push({ staffId, name: person.name, reason: 'breaks-hard-rules', rules: hard.map((v) => ({ ruleId: v.ruleId, message: v.message })) });
      continue;
    }
    const { introduced, resolved: resolves } = deltaOutcome(delta);
    const warnings = introduced.filter((v) => v.severity === 'soft');
    const row = standings.get(staffId);
    const aboveShare = categories.reduce((sum, c) => sum + Math.max(0, row?.[c]?.deviation ?? 0), 0);
    const beyondContract = minutesLeft === null ? shift.paidMinutes : Math.max(0, shift.paidMinutes - Math.max(0, minutesLeft));
    const cost = options.costEstimator?.({ staff: person.member, shift, source, minutesBeyondContract: beyondContract }) ?? null;
    const breakdown: ScoreBreakdown = {
      rules: round(before - delta.softPenalty),
      fairness: round(-fairnessWeight * aboveShare),
      cost: cost === null ? 0 : round((-costPerPound * cost.pence) / 100),
    };
    candidates.push({
      staffId,
      name: person.name,
      rank: 0,
      score: round(breakdown.rules + breakdown.fairness + breakdown.cost),
      breakdown,
      reasons: reasonsFor(person, shift, context, { minutesLeft, categories, row, warnings, cost }),
      warnings,
      resolves,
      cost,
      minutesLeftOfContract: minutesLeft,
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  candidates.forEach((c, index) => (c.rank = index + 1));
  excluded.sort((a, b) => a.name.localeCompare(b.name));
  return { shiftId, candidates, excluded };
}

function categoriesOf(shift: ShiftFacts): FairnessCategory[] {
  return FAIRNESS_CATEGORIES.filter((c) => (c === 'a-and-e-evenings' ? shift.aAndEEvening : c === 'weekends' ? shift.weekend : shift.publicHoliday));
}

function minutesLeftOfContract(person: PersonState, context: RotaContext): number | null {
  const contracted = contractedMinutesInPeriod(person, context);
  if (contracted === null) return null;
  return contracted - person.actualInPeriod.reduce((sum, w) => sum + w.shift.paidMinutes, 0);
}

function reasonsFor(
  person: PersonState,
  shift: ShiftFacts,
  context: RotaContext,
  facts: {
    minutesLeft: number | null;
    categories: readonly FairnessCategory[];
    row: Record<FairnessCategory, FairnessStanding> | undefined;
    warnings: readonly Violation[];
    cost: CostEstimate | null;
  },
): CandidateReason[] {
  const reasons: CandidateReason[] = [];
  const skill = shift.type.requiredSkill;
  reasons.push({ kind: 'skill', text: skill === null ? 'No particular skill needed' : `Holds the ${SKILL_LABELS[skill]} skill` });

  const previous = lastBefore(person.actual, shift);
  const next = person.actual.find((w) => w.shift.start >= shift.end);
  reasons.push({
    kind: 'rest',
    text: previous ? `${formatDuration(shift.start - previous.shift.end)} rest after ${shiftEnding(previous, context)}` : 'No earlier shift on the rota',
  });
  if (next) reasons.push({ kind: 'rest', text: `${formatDuration(next.shift.start - shift.end)} rest before ${shiftStarting(next, context)}` });

  const left = facts.minutesLeft;
  if (left === null) reasons.push({ kind: 'hours', text: 'Bank: no contracted hours, paid for the hours worked' });
  else if (left >= shift.paidMinutes) reasons.push({ kind: 'hours', text: `${formatDuration(left)} left of contracted hours this period; the shift is ${formatDuration(shift.paidMinutes)}` });
  else reasons.push({ kind: 'hours', text: `${formatDuration(shift.paidMinutes - Math.max(0, left))} of the shift would be beyond contracted hours (additional hours or overtime)` });

  for (const category of facts.categories) {
    const standing = facts.row?.[category];
    const label = FAIRNESS_CATEGORY_LABELS[category];
    if (!standing || standing.expected === null || standing.deviation === null) continue;
    const deviation = Math.round(standing.deviation * 10) / 10;
    const where = deviation === 0 ? 'exactly a fair share' : `${Math.abs(deviation)} ${deviation > 0 ? 'above' : 'below'} a fair share of ${Math.round(standing.expected * 10) / 10}`;
    reasons.push({ kind: 'fairness', text: `${standing.count} ${standing.count === 1 ? label.one : label.many} over the last 12 months and this period, ${where}` });
  }

  for (const preference of person.preferences) {
    if (preference.date !== shift.date) continue;
    const matches = preference.shiftTypeId === null || preference.shiftTypeId === shift.type.id;
    if (preference.kind === 'on' && matches) reasons.push({ kind: 'preference', text: `Asked to work ${preference.shiftTypeId === null ? 'on' : 'this shift on'} ${formatDate(preference.date)}` });
  }
  for (const warning of facts.warnings) reasons.push({ kind: 'warning', text: warning.message });
  if (facts.cost) reasons.push({ kind: 'cost', text: `Estimated £${(facts.cost.pence / 100).toFixed(2)} (${facts.cost.basis})` });
  return reasons;
}

function lastBefore(worked: readonly WorkedShift[], shift: ShiftFacts): WorkedShift | undefined {
  let found: WorkedShift | undefined;
  for (const w of worked) {
    if (w.shift.end <= shift.start && (!found || w.shift.end > found.shift.end)) found = w;
  }
  return found;
}

function round(value: number): number {
  return Math.round(value * 100) / 100 || 0; // never -0
}
