import { type RuleId } from '../rules/rule-id.js';
import { type ShiftId } from './shift.js';
import { type StaffId } from './rota-staff-member.js';

export type AssignmentId = string;

/**
 * How a person came to be on a shift.
 *
 * @example ASSIGNMENT_SOURCES.includes(value) // validate an API field
 */
export const ASSIGNMENT_SOURCES = ['manual', 'auto', 'swap', 'bank', 'agency'] as const;
export type AssignmentSource = (typeof ASSIGNMENT_SOURCES)[number];

/**
 * A manager's recorded decision to accept a soft rule's warning for this assignment, e.g.
 * compensatory rest given for a short rest period (../shared/domain/working-time.md, "Hospital
 * caveat": reg. 21 and 24). Hard rules cannot be acknowledged.
 */
export interface RuleAcknowledgement {
  ruleId: RuleId;
  note: string;
}

/** A person on a shift. */
export interface Assignment {
  id: AssignmentId;
  shiftId: ShiftId;
  staffId: StaffId;
  source: AssignmentSource;
  /** Pinned assignments are kept by the auto-rostering solver when it re-runs. */
  pinned?: boolean;
  acknowledgements?: readonly RuleAcknowledgement[];
}
