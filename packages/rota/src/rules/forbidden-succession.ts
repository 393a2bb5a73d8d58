import { definePersonRule, makeViolation, settingsOf, shiftOn } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';

const RULE = { id: 'forbidden-succession', unit: 'shifts' } as const;

/** Pairs of shift types that may not be worked on consecutive days (a late, then an early). */
export const forbiddenSuccession = definePersonRule({
  ...RULE,
  title: 'Shifts that cannot follow each other',
  description: 'A shift type listed as unable to follow another is not worked the day after it. Penalty: one per pair.',
  source: 'Local policy; Curtois & Qu hard constraint 2, "shift rotation" (../shared/benchmarks/curtois/FORMAT.md §4)',
  evaluatePerson(person, context) {
    const { pairs } = settingsOf(context, RULE.id);
    const violations: Violation[] = [];
    if (pairs.length === 0) return violations;
    const forbidden = new Set(pairs.map((p) => `${p.first}\u0000${p.next}`));
    const worked = person.actual;
    for (let i = 0; i < worked.length; i += 1) {
      const first = worked[i]!;
      for (let j = i + 1; j < worked.length; j += 1) {
        const next = worked[j]!;
        if (next.shift.day > first.shift.day + 1) break;
        if (next.shift.day !== first.shift.day + 1 || !forbidden.has(`${first.shift.type.id}\u0000${next.shift.type.id}`)) continue;
        if (!first.shift.inPeriod && !next.shift.inPeriod) continue;
        violations.push(
          makeViolation(RULE, context, {
            staffId: person.member.id,
            worked: [first, next],
            date: first.shift.date,
            message: `${person.name} would work ${shiftOn(next, context)} the day after ${shiftOn(first, context)}; the ${next.shift.label} cannot follow the ${first.shift.label}`,
            penalty: 1,
          }),
        );
      }
    }
    return violations;
  },
});
