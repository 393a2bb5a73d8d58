import { type IsoDate } from '@recordroom/calendar';
import { type StaffId } from '../model/rota-staff-member.js';
import { type ShiftId } from '../model/shift.js';
import { type RuleId } from '../rules/rule-id.js';
import { type RuleSettingsOf } from '../settings/rota-settings.js';
import { type CoverSlot, type PersonState, type RotaContext, type WorkedShift } from './rota-context.js';
import { type RuleUnit, type Violation } from './violation.js';

interface RuleDescription<Id extends RuleId> {
  id: Id;
  /** Short name for settings screens: 'Minimum rest between shifts'. */
  title: string;
  unit: RuleUnit;
  /** One or two sentences on what the rule checks and how it measures. */
  description: string;
  /** Where the rule and its default come from. */
  source: string;
  /** Checks the whole rota. */
  evaluate(context: RotaContext): Violation[];
}

/** A rule about one person's shifts: re-checked only for the people an edit touches. */
export interface PersonRule<Id extends RuleId = RuleId> extends RuleDescription<Id> {
  scope: 'person';
  evaluatePerson(person: PersonState, context: RotaContext): Violation[];
}

/** A rule about the cover of one shift type on one date. */
export interface CoverRule<Id extends RuleId = RuleId> extends RuleDescription<Id> {
  scope: 'cover';
  evaluateSlot(slot: CoverSlot, context: RotaContext): Violation[];
}

/** A rule that compares people with their team: re-checked on every edit. */
export interface TeamRule<Id extends RuleId = RuleId> extends RuleDescription<Id> {
  scope: 'team';
}

/**
 * A named constraint with a unit; its severity, weight and parameters come from the settings.
 *
 * @example
 * const report = ROTA_RULES.find((rule) => rule.id === 'no-overlap')?.evaluate(context);
 */
export type RotaRule = PersonRule | CoverRule | TeamRule;

export function definePersonRule<Id extends RuleId>(rule: Omit<PersonRule<Id>, 'scope' | 'evaluate'>): PersonRule<Id> {
  return {
    ...rule,
    scope: 'person',
    evaluate: (context) => [...context.people.values()].flatMap((person) => rule.evaluatePerson(person, context)),
  };
}

export function defineCoverRule<Id extends RuleId>(rule: Omit<CoverRule<Id>, 'scope' | 'evaluate'>): CoverRule<Id> {
  return {
    ...rule,
    scope: 'cover',
    evaluate: (context) => [...context.coverSlots.values()].flatMap((slot) => rule.evaluateSlot(slot, context)),
  };
}

export function defineTeamRule<Id extends RuleId>(rule: Omit<TeamRule<Id>, 'scope'>): TeamRule<Id> {
  return { ...rule, scope: 'team' };
}

/** The settings of one rule, typed by its id. */
export function settingsOf<Id extends RuleId>(context: RotaContext, id: Id): RuleSettingsOf<Id> {
  return context.settings.rules[id];
}

export interface ViolationParts {
  staffId: StaffId | null;
  /** The assignments involved; their shifts are listed too. */
  worked?: readonly WorkedShift[];
  /** Shifts involved with no assignment (cover rules). */
  shiftIds?: readonly ShiftId[];
  date: IsoDate;
  message: string;
  penalty: number;
  /** Multiplies the rule's weight: a preference's weight, a requirement's cover weight. */
  weightMultiplier?: number;
  /**
   * What the breach is about when that is not simply its shifts (a week, a skill, the period's
   * hours): becomes its key, so it stays the same breach while the shifts behind it change.
   */
  subject?: string;
}

/** A violation of `rule` with severity and weight from the settings. */
export function makeViolation(rule: { id: RuleId; unit: RuleUnit }, context: RotaContext, parts: ViolationParts): Violation {
  const settings = context.settings.rules[rule.id];
  const worked = parts.worked ?? [];
  const shiftIds = parts.shiftIds ?? worked.map((w) => w.shift.shift.id);
  return {
    // A breach of a whole period (hours, weekends, a cover slot) is named by its subject, so it
    // keeps its key while the shifts behind it change; one about particular shifts, by them.
    key: `${rule.id}|${parts.staffId ?? '-'}|${parts.date}|${parts.subject ?? shiftIds.join('+')}`,
    ruleId: rule.id,
    severity: settings.severity,
    unit: rule.unit,
    staffId: parts.staffId,
    shiftIds,
    assignmentIds: worked.map((w) => w.assignment.id),
    date: parts.date,
    message: parts.message,
    penalty: parts.penalty,
    weight: settings.weight * (parts.weightMultiplier ?? 1),
  };
}

/** 'the late shift ending Mon 2 Mar 21:00' */
export function shiftEnding(worked: WorkedShift, context: RotaContext): string {
  return `the ${worked.shift.label} ending ${context.formatInstant(worked.shift.end)}`;
}

/** 'the early shift starting Tue 3 Mar 05:30' */
export function shiftStarting(worked: WorkedShift, context: RotaContext): string {
  return `the ${worked.shift.label} starting ${context.formatInstant(worked.shift.start)}`;
}

/** 'the late shift on Mon 2 Mar 13:00-21:00' */
export function shiftOn(worked: WorkedShift, context: RotaContext): string {
  const end = context.formatInstant(worked.shift.end);
  const start = context.formatInstant(worked.shift.start);
  const sameDay = end.slice(0, -6) === start.slice(0, -6);
  return `the ${worked.shift.label} on ${start}-${sameDay ? end.slice(-5) : end}`;
}

/** '1 shift', '3 shifts' */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
