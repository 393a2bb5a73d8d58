import { definePersonRule, makeViolation, shiftOn } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';

const RULE = { id: 'working-pattern', unit: 'shifts' } as const;
const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** A warning for shifts outside a part-time contract's fixed working days. */
export const workingPattern = definePersonRule({
  ...RULE,
  title: 'Fixed working pattern',
  description: 'Warns when a person with a fixed weekly pattern is rostered on another weekday: additional hours need their agreement. Penalty: one per shift.',
  source: 'Fixed working patterns for part-time staff (issue); AfC part-time additional hours (../shared/domain/pay-and-costs.md §6)',
  evaluatePerson(person, context) {
    const violations: Violation[] = [];
    const pattern = person.patternWeekdays;
    if (pattern === null) return violations;
    const days = [...pattern].sort((a, b) => a - b).map((d) => DAY_NAMES[d]?.slice(0, 3)).join(', ');
    for (const w of person.worked) {
      if (!w.shift.inPeriod || pattern.has(w.shift.weekday)) continue;
      violations.push(
        makeViolation(RULE, context, {
          staffId: person.member.id,
          worked: [w],
          date: w.shift.date,
          message: `${person.name} is on ${shiftOn(w, context)}, a ${DAY_NAMES[w.shift.weekday]}, outside their fixed working days (${days})`,
          penalty: 1,
        }),
      );
    }
    return violations;
  },
});
