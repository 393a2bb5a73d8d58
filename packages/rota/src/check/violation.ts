import { type IsoDate } from '@recordroom/calendar';
import { type AssignmentId } from '../model/assignment.js';
import { type StaffId } from '../model/rota-staff-member.js';
import { type ShiftId } from '../model/shift.js';
import { type RuleId } from '../rules/rule-id.js';
import { type Severity } from '../settings/rota-settings.js';

/** What a rule's penalty counts. */
export type RuleUnit = 'minutes' | 'shifts' | 'days' | 'weekends' | 'people' | 'requests';

/**
 * One breach of one rule, in plain English, with the people, shifts and times involved.
 *
 * `penalty` is in the rule's unit (minutes short of rest, people short of cover); `weight` is
 * points per unit, so `penalty * weight` is what the breach adds to a rota's soft penalty.
 */
export interface Violation {
  /** Stable identity of this breach, unchanged while its cause is: for diffs between checks. */
  key: string;
  ruleId: RuleId;
  severity: Severity;
  unit: RuleUnit;
  /** The person concerned; null for cover rules, which concern a shift. */
  staffId: StaffId | null;
  shiftIds: readonly ShiftId[];
  assignmentIds: readonly AssignmentId[];
  /** The (first) date concerned, for placing the breach on a rota grid. */
  date: IsoDate;
  message: string;
  penalty: number;
  weight: number;
  /** The manager's note when a soft breach was accepted on one of the assignments involved. */
  acknowledgement?: string;
}

/**
 * What a breach adds to the soft penalty (0 for a hard breach, which invalidates instead).
 *
 * @example report.violations.reduce((sum, v) => sum + weightedPenalty(v), 0) // report.softPenalty
 */
export function weightedPenalty(violation: Pick<Violation, 'severity' | 'penalty' | 'weight'>): number {
  return violation.severity === 'soft' ? violation.penalty * violation.weight : 0;
}
