import { definePersonRule, makeViolation, shiftOn } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';

const RULE = { id: 'fixed-days-off', unit: 'shifts' } as const;

/** Nobody is rostered on a date they cannot work (agreed non-availability, the benchmark's days off). */
export const fixedDaysOff = definePersonRule({
  ...RULE,
  title: 'Fixed days off',
  description: "A person is not rostered on any of their agreed days off. Penalty: one per shift.",
  source: 'Curtois & Qu hard constraint 9, "days off" (../shared/benchmarks/curtois/FORMAT.md §4)',
  evaluatePerson(person, context) {
    const violations: Violation[] = [];
    if (person.daysOff.size === 0) return violations;
    for (const w of person.worked) {
      if (!w.shift.inPeriod || !person.daysOff.has(w.shift.day)) continue;
      violations.push(
        makeViolation(RULE, context, {
          staffId: person.member.id,
          worked: [w],
          date: w.shift.date,
          message: `${person.name} is on ${shiftOn(w, context)}, an agreed day off`,
          penalty: 1,
        }),
      );
    }
    return violations;
  },
});
