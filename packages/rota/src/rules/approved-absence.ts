import { definePersonRule, makeViolation, shiftOn } from '../check/rota-rule.js';
import { absenceCoversShift, type AbsenceFacts, type PersonState, type RotaContext } from '../check/rota-context.js';
import { type Violation } from '../check/violation.js';
import { ABSENCE_KIND_LABELS, type AbsenceStatus } from '../model/absence.js';
import { formatDate } from '../time/format-instant.js';

const RULE = { id: 'approved-absence', unit: 'shifts' } as const;

/** Nobody is rostered while on approved leave, sickness, training, study or special leave. */
export const approvedAbsence = definePersonRule({
  ...RULE,
  title: 'Approved absence',
  description: 'A person is not rostered during an approved absence: on any of its days, or inside its times for a part-day absence. Penalty: one per shift.',
  source: 'Absence (../shared/DESIGN.md, domain model)',
  evaluatePerson: (person, context) => absenceClashes(RULE, 'approved', person, context),
});

/** Shifts of the person during their absences with `status`. Shared with the requested-absence rule. */
export function absenceClashes(
  rule: { id: 'approved-absence' | 'requested-absence'; unit: 'shifts' },
  status: AbsenceStatus,
  person: PersonState,
  context: RotaContext,
): Violation[] {
  const violations: Violation[] = [];
  for (const absence of person.absences) {
    if (absence.absence.status !== status) continue;
    for (const w of person.worked) {
      if (!w.shift.inPeriod || !absenceCoversShift(absence, w.shift)) continue;
      violations.push(
        makeViolation(rule, context, {
          staffId: person.member.id,
          worked: [w],
          date: w.shift.date,
          subject: `${absence.absence.id}|${w.shift.shift.id}`,
          message: `${person.name} is on ${shiftOn(w, context)} during ${status === 'approved' ? 'approved' : 'requested'} ${ABSENCE_KIND_LABELS[absence.absence.kind]} (${describeAbsence(absence, context)})`,
          penalty: 1,
        }),
      );
    }
  }
  return violations;
}

function describeAbsence(absence: AbsenceFacts, context: RotaContext): string {
  if (absence.timed) return `${context.formatInstant(absence.start)}-${context.formatInstant(absence.end).slice(-5)}`;
  const { startDate, endDate } = absence.absence;
  return startDate === endDate ? formatDate(startDate) : `${formatDate(startDate)} to ${formatDate(endDate)}`;
}
