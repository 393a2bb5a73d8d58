import { definePersonRule, makeViolation, settingsOf } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';
import { formatDuration } from '../time/format-duration.js';

const RULE = { id: 'total-minutes', unit: 'minutes' } as const;

/** Paid minutes in the period between a minimum and a maximum (personal limits, else the settings). */
export const totalMinutes = definePersonRule({
  ...RULE,
  title: 'Total hours in the period',
  description: 'The paid time a person works in the period lies between their minimum and maximum, when set. Penalty: minutes outside the range.',
  source: 'Contract terms; Curtois & Qu hard constraint 4, "total minutes" (../shared/benchmarks/curtois/FORMAT.md §4)',
  evaluatePerson(person, context) {
    const settings = settingsOf(context, RULE.id);
    const minimum = person.member.limits?.minimumTotalMinutes ?? settings.minimum;
    const maximum = person.member.limits?.maximumTotalMinutes ?? settings.maximum;
    const violations: Violation[] = [];
    if (minimum === null && maximum === null) return violations;
    const worked = person.actualInPeriod;
    const total = worked.reduce((sum, w) => sum + w.shift.paidMinutes, 0);
    const base = { staffId: person.member.id, worked, date: context.period.startDate };
    if (maximum !== null && total > maximum) {
      violations.push(
        makeViolation(RULE, context, {
          ...base,
          subject: 'maximum',
          message: `${person.name} would work ${formatDuration(total)} in this period, ${formatDuration(total - maximum)} over their maximum of ${formatDuration(maximum)}`,
          penalty: total - maximum,
        }),
      );
    }
    if (minimum !== null && total < minimum) {
      violations.push(
        makeViolation(RULE, context, {
          ...base,
          subject: 'minimum',
          message: `${person.name} would work ${formatDuration(total)} in this period, ${formatDuration(minimum - total)} under their minimum of ${formatDuration(minimum)}`,
          penalty: minimum - total,
        }),
      );
    }
    return violations;
  },
});
