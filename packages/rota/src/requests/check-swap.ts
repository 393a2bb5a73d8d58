import { deltaOutcome } from '../check/delta-outcome.js';
import { type RotaChecker, type RotaEdit } from '../check/rota-checker.js';
import { type Violation } from '../check/violation.js';
import { type AssignmentId } from '../model/assignment.js';
import { type StaffId } from '../model/rota-staff-member.js';
import { type FieldError } from '../validation/field-error.js';

/**
 * A swap a staff member asks for: exchange their shift for a colleague's, or give it to a
 * colleague (who takes it on without giving one back).
 */
export interface SwapRequest {
  /** The requester's assignment. */
  assignmentId: AssignmentId;
  /** The colleague's assignment to take in exchange. */
  withAssignmentId?: AssignmentId;
  /** The colleague taking the shift, when it is given away. */
  toStaffId?: StaffId;
}

export interface SwapCheck {
  errors: FieldError[];
  /** The edits that carry the swap out (assignments moved, source 'swap'). */
  edits: RotaEdit[];
  /** Breaches the swap brings or worsens, for either person or the cover of either shift. */
  introduced: Violation[];
  resolved: Violation[];
  /** No field errors and no new hard breach: a manager may approve it. */
  allowed: boolean;
}

/**
 * Checks both people's rota after a swap against every rule, and the cover of the shifts
 * involved (a swap can break a skill mix).
 *
 * @example
 * const check = checkSwap({ assignmentId: 'ann:late@2026-03-02', withAssignmentId: 'bo:early@2026-03-04' }, checker);
 * if (check.allowed) checker.apply(check.edits);
 */
export function checkSwap(request: SwapRequest, rota: RotaChecker): SwapCheck {
  const errors: FieldError[] = [];
  const assignment = (id: AssignmentId): { staffId: StaffId; shiftId: string } | undefined => {
    for (const person of rota.context.people.values()) {
      const w = person.worked.find((x) => x.assignment.id === id);
      if (w) return { staffId: w.assignment.staffId, shiftId: w.shift.shift.id };
    }
    return undefined;
  };
  const mine = assignment(request.assignmentId);
  if (!mine) errors.push({ field: 'assignmentId', message: `names no assignment on this rota: ${request.assignmentId}` });
  const wantsExchange = request.withAssignmentId !== undefined;
  if (wantsExchange === (request.toStaffId !== undefined)) {
    errors.push({ field: 'withAssignmentId', message: 'give either the colleague’s assignment to exchange or the colleague to give the shift to, not both or neither' });
  }
  const theirs = request.withAssignmentId === undefined ? undefined : assignment(request.withAssignmentId);
  if (request.withAssignmentId !== undefined && !theirs) errors.push({ field: 'withAssignmentId', message: `names no assignment on this rota: ${request.withAssignmentId}` });
  if (request.toStaffId !== undefined && !rota.context.people.has(request.toStaffId)) errors.push({ field: 'toStaffId', message: `names no known staff member: ${request.toStaffId}` });
  const colleague = theirs?.staffId ?? request.toStaffId;
  if (mine && colleague === mine.staffId) errors.push({ field: theirs ? 'withAssignmentId' : 'toStaffId', message: 'is the requester’s own: a swap needs a colleague' });
  if (errors.length > 0 || !mine || colleague === undefined) return { errors, edits: [], introduced: [], resolved: [], allowed: false };

  const edits: RotaEdit[] = [{ kind: 'move-assignment', assignmentId: request.assignmentId, staffId: colleague, source: 'swap' }];
  if (theirs && request.withAssignmentId) edits.push({ kind: 'move-assignment', assignmentId: request.withAssignmentId, staffId: mine.staffId, source: 'swap' });
  const outcome = deltaOutcome(rota.preview(edits));
  return { errors, edits, ...outcome, allowed: !outcome.introduced.some((v) => v.severity === 'hard') };
}
