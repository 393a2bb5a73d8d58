import { type Absence, type AbsenceId } from '../model/absence.js';
import { type Assignment, type AssignmentId, type AssignmentSource } from '../model/assignment.js';
import { type StaffId } from '../model/rota-staff-member.js';
import { type ShiftId } from '../model/shift.js';
import { ROTA_RULES } from '../rules/rule-catalogue.js';
import { RULE_IDS, type RuleId } from '../rules/rule-id.js';
import { RotaValidationError } from '../validation/field-error.js';
import { validateAbsence } from '../validation/validate-absence.js';
import { type RotaInput } from './rota-input.js';
import { type CoverRule, type PersonRule, type TeamRule } from './rota-rule.js';
import { buildRotaState, compareWorked, refreshPerson, type MutableCoverSlot, type MutablePersonState } from './rota-state.js';
import { type RotaContext, type WorkedShift } from './rota-context.js';
import { weightedPenalty, type Violation } from './violation.js';

/** A change to the rota. Moving an assignment can change its shift, its person or both. */
export type RotaEdit =
  | { kind: 'add-assignment'; assignment: Assignment }
  | { kind: 'remove-assignment'; assignmentId: AssignmentId }
  | { kind: 'move-assignment'; assignmentId: AssignmentId; shiftId?: ShiftId; staffId?: StaffId; source?: AssignmentSource }
  | { kind: 'set-absence'; absence: Absence }
  | { kind: 'remove-absence'; absenceId: AbsenceId };

export interface RuleTotals {
  count: number;
  /** Sum of penalties in the rule's unit. */
  penalty: number;
  /** Sum of penalty x weight (0 for a hard rule). */
  weightedPenalty: number;
}

/** The result of checking a whole rota. */
export interface RotaReport {
  /** True when no hard rule is broken: the rota may be published. */
  valid: boolean;
  hardViolationCount: number;
  /** Sum of the soft violations' weighted penalties. */
  softPenalty: number;
  /** Hard first, then by date, rule and person. */
  violations: Violation[];
  byRule: Record<RuleId, RuleTotals>;
}

/** What an edit changed: breaches it introduced, breaches it resolved, and the new totals. */
export interface RotaDelta {
  added: Violation[];
  removed: Violation[];
  valid: boolean;
  hardViolationCount: number;
  softPenalty: number;
}

/**
 * A rota held in memory and checked incrementally. Build it once (a full check); each edit then
 * re-checks only the people it touches, the cover of the shifts it touches and the team rules.
 */
export interface RotaChecker {
  /** The live context the rules read (changes as edits are applied). */
  readonly context: RotaContext;
  report(): RotaReport;
  /** Validity and penalty totals without assembling the report. */
  totals(): Pick<RotaReport, 'valid' | 'hardViolationCount' | 'softPenalty'>;
  /** Applies edits in order and returns what changed. Throws RotaValidationError for unknown ids. */
  apply(edits: RotaEdit | readonly RotaEdit[]): RotaDelta;
  /** What `apply` would return, leaving the rota as it was. */
  preview(edits: RotaEdit | readonly RotaEdit[]): RotaDelta;
  /** Violations of one person's rules, fairness included. */
  violationsOf(staffId: StaffId): Violation[];
  /** The rota as it now stands, as input for persistence or a fresh check. */
  toInput(): RotaInput;
}

interface CacheEntry {
  violations: Violation[];
  hard: number;
  soft: number;
}

const EMPTY: CacheEntry = { violations: [], hard: 0, soft: 0 };
const RULE_ORDER = new Map<RuleId, number>(RULE_IDS.map((id, index) => [id, index]));

/**
 * Builds a checker over `input` (copied, never changed).
 *
 * @example
 * const checker = createRotaChecker(input);
 * checker.report().valid; // false: Ann has 8 h 30 min rest between two shifts
 * const delta = checker.apply({ kind: 'move-assignment', assignmentId: 'a-17', staffId: 'bo' });
 * delta.removed.map((v) => v.message); // the resolved breaches
 */
export function createRotaChecker(input: RotaInput): RotaChecker {
  const state = buildRotaState(input);
  const { context } = state;
  const enabled = ROTA_RULES.filter((rule) => context.settings.rules[rule.id].enabled);
  const personRules = enabled.filter((rule): rule is PersonRule => rule.scope === 'person');
  const coverRules = enabled.filter((rule): rule is CoverRule => rule.scope === 'cover');
  const teamRules = enabled.filter((rule): rule is TeamRule => rule.scope === 'team');
  const absences = new Map<AbsenceId, Absence>((input.absences ?? []).map((a) => [a.id, a]));

  const personCache = new Map<StaffId, CacheEntry>();
  const slotCache = new Map<string, CacheEntry>();
  let teamCache: CacheEntry = EMPTY;

  const entry = (violations: Violation[]): CacheEntry => {
    let hard = 0;
    let soft = 0;
    for (const v of violations) {
      acknowledge(v);
      if (v.severity === 'hard') hard += 1;
      else soft += weightedPenalty(v);
    }
    return { violations, hard, soft };
  };
  const acknowledge = (violation: Violation): void => {
    if (violation.severity !== 'soft') return;
    for (const id of violation.assignmentIds) {
      const note = state.assignments.get(id)?.assignment.acknowledgements?.find((a) => a.ruleId === violation.ruleId)?.note;
      if (note !== undefined) {
        violation.acknowledgement = note;
        return;
      }
    }
  };
  const checkPerson = (person: MutablePersonState): CacheEntry => {
    const violations: Violation[] = [];
    for (const rule of personRules) violations.push(...rule.evaluatePerson(person, context));
    return entry(violations);
  };
  const checkSlot = (slot: MutableCoverSlot): CacheEntry => {
    const violations: Violation[] = [];
    for (const rule of coverRules) violations.push(...rule.evaluateSlot(slot, context));
    return entry(violations);
  };
  const checkTeam = (): CacheEntry => entry(teamRules.flatMap((rule) => rule.evaluate(context)));

  for (const person of state.people.values()) personCache.set(person.member.id, checkPerson(person));
  for (const slot of state.slots.values()) slotCache.set(slot.key, checkSlot(slot));
  teamCache = checkTeam();

  const totals = (): { hardViolationCount: number; softPenalty: number; valid: boolean } => {
    let hard = teamCache.hard;
    let soft = teamCache.soft;
    for (const e of personCache.values()) {
      hard += e.hard;
      soft += e.soft;
    }
    for (const e of slotCache.values()) {
      hard += e.hard;
      soft += e.soft;
    }
    return { hardViolationCount: hard, softPenalty: Math.round(soft * 1e6) / 1e6, valid: hard === 0 };
  };

  /** Mutates the state for the edits; returns the touched people and slots and how to undo. */
  function mutate(edits: readonly RotaEdit[]): { people: Set<StaffId>; slots: Set<string>; undo: (() => void)[] } {
    const people = new Set<StaffId>();
    const slots = new Set<string>();
    const undo: (() => void)[] = [];
    const touch = (w: WorkedShift): void => {
      people.add(w.assignment.staffId);
      const slot = state.slotByShift.get(w.shift.shift.id);
      if (slot) slots.add(slot.key);
    };
    const insert = (w: WorkedShift): void => {
      const person = state.people.get(w.assignment.staffId) as MutablePersonState;
      insertSorted(person.worked, w);
      state.slotByShift.get(w.shift.shift.id)?.assigned.push(w);
      state.assignments.set(w.assignment.id, w);
      touch(w);
    };
    const detach = (w: WorkedShift): void => {
      const person = state.people.get(w.assignment.staffId) as MutablePersonState;
      removeItem(person.worked, w);
      const slot = state.slotByShift.get(w.shift.shift.id);
      if (slot) removeItem(slot.assigned, w);
      state.assignments.delete(w.assignment.id);
      touch(w);
    };
    const workedFor = (assignment: Assignment, field: string): WorkedShift => {
      const shift = state.shifts.get(assignment.shiftId);
      if (!shift) throw new RotaValidationError([{ field: `${field}.shiftId`, message: `names no known shift: ${assignment.shiftId}` }]);
      if (!state.people.has(assignment.staffId)) throw new RotaValidationError([{ field: `${field}.staffId`, message: `names no known staff member: ${assignment.staffId}` }]);
      return { assignment, shift };
    };
    const existing = (id: AssignmentId, field: string): WorkedShift => {
      const w = state.assignments.get(id);
      if (!w) throw new RotaValidationError([{ field, message: `names no assignment on this rota: ${id}` }]);
      return w;
    };
    const touchAbsence = (absence: Absence | undefined): void => {
      if (!absence) return;
      const facts = state.absenceFacts(absence);
      people.add(absence.staffId);
      for (const w of state.people.get(absence.staffId)?.worked ?? []) {
        if (w.shift.day < facts.firstDay || w.shift.day > facts.lastDay) continue;
        const slot = state.slotByShift.get(w.shift.shift.id);
        if (slot) slots.add(slot.key);
      }
    };
    const putAbsence = (absence: Absence): void => {
      const person = state.people.get(absence.staffId) as MutablePersonState;
      const facts = state.absenceFacts(absence);
      person.absences.push(facts);
      state.absences.set(absence.id, facts);
      absences.set(absence.id, absence);
      touchAbsence(absence);
    };
    const dropAbsence = (id: AbsenceId): void => {
      const facts = state.absences.get(id);
      if (!facts) return;
      const person = state.people.get(facts.absence.staffId) as MutablePersonState;
      removeItem(person.absences, facts);
      state.absences.delete(id);
      absences.delete(id);
      touchAbsence(facts.absence);
    };

    try {
      edits.forEach((edit, index) => {
        const field = `edits[${index}]`;
        switch (edit.kind) {
          case 'add-assignment': {
            if (state.assignments.has(edit.assignment.id)) throw new RotaValidationError([{ field: `${field}.assignment.id`, message: `repeats assignment id ${edit.assignment.id}` }]);
            const w = workedFor(edit.assignment, `${field}.assignment`);
            insert(w);
            undo.push(() => detach(w));
            break;
          }
          case 'remove-assignment': {
            const w = existing(edit.assignmentId, `${field}.assignmentId`);
            detach(w);
            undo.push(() => insert(w));
            break;
          }
          case 'move-assignment': {
            const before = existing(edit.assignmentId, `${field}.assignmentId`);
            const moved: Assignment = {
              ...before.assignment,
              shiftId: edit.shiftId ?? before.assignment.shiftId,
              staffId: edit.staffId ?? before.assignment.staffId,
              source: edit.source ?? before.assignment.source,
            };
            const after = workedFor(moved, field);
            detach(before);
            insert(after);
            undo.push(() => {
              detach(after);
              insert(before);
            });
            break;
          }
          case 'set-absence': {
            const { absence } = edit;
            const invalid = validateAbsence(absence).map((e) => ({ field: `${field}.absence.${e.field}`, message: e.message }));
            if (invalid.length > 0) throw new RotaValidationError(invalid);
            if (!state.people.has(absence.staffId)) throw new RotaValidationError([{ field: `${field}.absence.staffId`, message: `names no known staff member: ${absence.staffId}` }]);
            const previous = absences.get(absence.id);
            if (previous) dropAbsence(absence.id);
            putAbsence(absence);
            undo.push(() => {
              dropAbsence(absence.id);
              if (previous) putAbsence(previous);
            });
            break;
          }
          case 'remove-absence': {
            const previous = absences.get(edit.absenceId);
            if (!previous) throw new RotaValidationError([{ field: `${field}.absenceId`, message: `names no absence on this rota: ${edit.absenceId}` }]);
            dropAbsence(edit.absenceId);
            undo.push(() => putAbsence(previous));
            break;
          }
          default: {
            const unknown: never = edit;
            throw new RotaValidationError([{ field: `${field}.kind`, message: `is not a rota edit: ${String((unknown as { kind: unknown }).kind)}` }]);
          }
        }
      });
    } catch (error) {
      for (const step of undo.reverse()) step();
      throw error;
    }
    return { people, slots, undo };
  }

  /** Applies edits, re-checks what they touch, and returns the delta plus a full undo. */
  function applyEdits(edits: readonly RotaEdit[]): { delta: RotaDelta; undo: () => void } {
    const { people, slots, undo } = mutate(edits);
    for (const id of people) refreshPerson(state.people.get(id) as MutablePersonState);
    const added: Violation[] = [];
    const removed: Violation[] = [];
    const oldPeople = new Map<StaffId, CacheEntry>();
    const oldSlots = new Map<string, CacheEntry>();
    for (const id of people) {
      const before = personCache.get(id) ?? EMPTY;
      const after = checkPerson(state.people.get(id) as MutablePersonState);
      oldPeople.set(id, before);
      personCache.set(id, after);
      diff(before.violations, after.violations, added, removed);
    }
    for (const key of slots) {
      const before = slotCache.get(key) ?? EMPTY;
      const after = checkSlot(state.slots.get(key) as MutableCoverSlot);
      oldSlots.set(key, before);
      slotCache.set(key, after);
      diff(before.violations, after.violations, added, removed);
    }
    const oldTeam = teamCache;
    if (teamRules.length > 0) {
      teamCache = checkTeam();
      diff(oldTeam.violations, teamCache.violations, added, removed);
    }
    return {
      delta: { added, removed, ...totals() },
      undo: () => {
        for (const step of undo.reverse()) step();
        for (const id of people) refreshPerson(state.people.get(id) as MutablePersonState);
        for (const [id, e] of oldPeople) personCache.set(id, e);
        for (const [key, e] of oldSlots) slotCache.set(key, e);
        teamCache = oldTeam;
      },
    };
  }

  const asList = (edits: RotaEdit | readonly RotaEdit[]): readonly RotaEdit[] => (isEditList(edits) ? edits : [edits]);

  return {
    context,
    report() {
      const violations = [...teamCache.violations];
      for (const e of personCache.values()) violations.push(...e.violations);
      for (const e of slotCache.values()) violations.push(...e.violations);
      violations.sort(compareViolations);
      const byRule = Object.fromEntries(RULE_IDS.map((id) => [id, { count: 0, penalty: 0, weightedPenalty: 0 }])) as Record<RuleId, RuleTotals>;
      for (const v of violations) {
        const t = byRule[v.ruleId];
        t.count += 1;
        t.penalty += v.penalty;
        t.weightedPenalty += weightedPenalty(v);
      }
      return { ...totals(), violations, byRule };
    },
    totals,
    apply: (edits) => applyEdits(asList(edits)).delta,
    preview(edits) {
      const { delta, undo } = applyEdits(asList(edits));
      undo();
      return delta;
    },
    violationsOf(staffId) {
      return [...(personCache.get(staffId)?.violations ?? []), ...teamCache.violations.filter((v) => v.staffId === staffId)];
    },
    toInput() {
      const assignments = [...state.assignments.values()].map((w) => w.assignment);
      assignments.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { ...input, assignments, absences: [...absences.values()] };
    },
  };
}

/**
 * Checks a whole rota once.
 *
 * @example checkRota(input).violations.filter((v) => v.severity === 'hard').map((v) => v.message)
 */
export function checkRota(input: RotaInput): RotaReport {
  return createRotaChecker(input).report();
}

function isEditList(edits: RotaEdit | readonly RotaEdit[]): edits is readonly RotaEdit[] {
  return Array.isArray(edits);
}

function diff(before: readonly Violation[], after: readonly Violation[], added: Violation[], removed: Violation[]): void {
  if (before.length === 0 && after.length === 0) return;
  const beforeKeys = new Map(before.map((v) => [v.key, v]));
  const afterKeys = new Set<string>();
  for (const v of after) {
    afterKeys.add(v.key);
    const old = beforeKeys.get(v.key);
    if (!old || old.penalty !== v.penalty || old.message !== v.message) {
      added.push(v);
      if (old) removed.push(old);
    }
  }
  for (const v of before) if (!afterKeys.has(v.key)) removed.push(v);
}

function compareViolations(a: Violation, b: Violation): number {
  if (a.severity !== b.severity) return a.severity === 'hard' ? -1 : 1;
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const rule = (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0);
  if (rule !== 0) return rule;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function insertSorted(list: WorkedShift[], item: WorkedShift): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareWorked(list[mid]!, item) < 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, item);
}

function removeItem<T>(list: T[], item: T): void {
  const index = list.indexOf(item);
  if (index >= 0) list.splice(index, 1);
}
