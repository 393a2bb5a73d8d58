import { eachDate, type IsoDate } from '@recordroom/calendar';
import { deltaOutcome } from '../check/delta-outcome.js';
import { type RotaChecker, type RotaEdit } from '../check/rota-checker.js';
import { absenceCoversShift } from '../check/rota-context.js';
import { type Violation } from '../check/violation.js';
import { type Absence } from '../model/absence.js';
import { type AssignmentId } from '../model/assignment.js';
import { fullName, type RotaStaffMember, type StaffId } from '../model/rota-staff-member.js';
import { formatDate } from '../time/format-instant.js';
import { type FieldError } from '../validation/field-error.js';
import { validateAbsence } from '../validation/validate-absence.js';
import { type ClashRule } from './clash-rule.js';

export interface LeaveRequestContext {
  staff: readonly RotaStaffMember[];
  /** Everyone's absences as they stand; the request itself may be among them (being approved). */
  absences: readonly Absence[];
  clashRules: readonly ClashRule[];
  /** The rota the leave falls in: to show what approving it does to cover and the rules. */
  rota?: RotaChecker;
}

/** A day on which too many of a team would be away. */
export interface LeaveClash {
  clashRuleId: string;
  date: IsoDate;
  /** Everyone away that day in the rule's scope, the requester included. */
  off: StaffId[];
  maximumOff: number;
  message: string;
}

export interface LeaveRequestCheck {
  errors: FieldError[];
  clashes: LeaveClash[];
  /** Shifts the person is rostered on during the leave: approving takes them off these. */
  withdrawnAssignments: AssignmentId[];
  /** Breaches approving would bring (gaps in cover) and breaches it would clear. */
  introduced: Violation[];
  resolved: Violation[];
  /** No field errors, no clash, and no new hard breach. */
  canApprove: boolean;
}

/**
 * Checks leave being requested or approved: the dates (end before start, overlap with the
 * person's other leave: field errors), the clash rules (too many away from a team or skill on a
 * day), and, given the rota, what approving it would do (the shifts it withdraws and the gaps).
 * Part-day absences (a morning's training) do not count towards clashes.
 *
 * @example
 * const check = checkLeaveRequest(request, { staff, absences, clashRules: [{ id: 'ae', name: 'A&E desk team', scope: { skill: 'a-and-e-desk' }, maximumOff: 2 }], rota });
 * check.canApprove ? approve() : show(check.errors, check.clashes);
 */
export function checkLeaveRequest(request: Absence, context: LeaveRequestContext): LeaveRequestCheck {
  const result: LeaveRequestCheck = { errors: validateAbsence(request, context.absences), clashes: [], withdrawnAssignments: [], introduced: [], resolved: [], canApprove: false };
  const requester = context.staff.find((s) => s.id === request.staffId);
  if (!requester) result.errors.push({ field: 'staffId', message: `names no known staff member: ${request.staffId}` });
  if (result.errors.length > 0 || !requester) return result;

  const byId = new Map(context.staff.map((s) => [s.id, s]));
  const wholeDay = request.startTime === undefined;
  const days = eachDate(request.startDate, request.endDate);
  for (const rule of context.clashRules) {
    const inScope = (person: RotaStaffMember | undefined): boolean =>
      person !== undefined && ('locationId' in rule.scope ? person.homeLocationId === rule.scope.locationId : person.skills.includes(rule.scope.skill));
    if (!wholeDay || !inScope(requester)) continue;
    for (const date of days) {
      const off = new Set<StaffId>([requester.id]);
      for (const other of context.absences) {
        if (other.id === request.id || other.status !== 'approved' || other.startTime !== undefined) continue;
        if (other.startDate <= date && date <= other.endDate && inScope(byId.get(other.staffId))) off.add(other.staffId);
      }
      if (off.size <= rule.maximumOff) continue;
      const names = [...off].map((id) => fullName(byId.get(id) ?? { firstName: id, lastName: '' }));
      result.clashes.push({
        clashRuleId: rule.id,
        date,
        off: [...off],
        maximumOff: rule.maximumOff,
        message: `${off.size} of the ${rule.name} would be away on ${formatDate(date)} (${names.join(', ')}); at most ${rule.maximumOff} may be`,
      });
    }
  }

  const rota = context.rota;
  const person = rota?.context.people.get(request.staffId);
  if (rota && person && request.status !== 'declined') {
    const away = rota.context.absenceFacts(request);
    const withdrawn = person.worked.filter((w) => w.shift.inPeriod && absenceCoversShift(away, w.shift));
    result.withdrawnAssignments = withdrawn.map((w) => w.assignment.id);
    const edits: RotaEdit[] = [{ kind: 'set-absence', absence: { ...request, status: 'approved' } }, ...withdrawn.map((w): RotaEdit => ({ kind: 'remove-assignment', assignmentId: w.assignment.id }))];
    Object.assign(result, deltaOutcome(rota.preview(edits)));
  }
  result.canApprove = result.clashes.length === 0 && !result.introduced.some((v) => v.severity === 'hard');
  return result;
}
