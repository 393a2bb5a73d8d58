import { definePersonRule, makeViolation, plural, settingsOf, shiftOn } from '../check/rota-rule.js';
import { type WorkedShift } from '../check/rota-context.js';
import { type Violation } from '../check/violation.js';
import { formatDate } from '../time/format-instant.js';

const RULE = { id: 'maximum-shifts-per-day', unit: 'shifts' } as const;

/** At most N shifts dated on one day (1 by default: a second is a split day). */
export const maximumShiftsPerDay = definePersonRule({
  ...RULE,
  title: 'Shifts per day',
  description: 'A person works at most the set number of shifts dated on one day (the benchmark: exactly one). Penalty: shifts over the limit.',
  source: 'Local policy [D]; Curtois & Qu hard constraint 1, "one shift per day" (../shared/benchmarks/curtois/FORMAT.md §4)',
  evaluatePerson(person, context) {
    const { maximum } = settingsOf(context, RULE.id);
    const byDay = new Map<number, WorkedShift[]>();
    for (const w of person.worked) {
      if (!w.shift.inPeriod) continue;
      const list = byDay.get(w.shift.day);
      if (list) list.push(w);
      else byDay.set(w.shift.day, [w]);
    }
    const violations: Violation[] = [];
    for (const shifts of byDay.values()) {
      if (shifts.length <= maximum) continue;
      const date = shifts[0]!.shift.date;
      violations.push(
        makeViolation(RULE, context, {
          staffId: person.member.id,
          worked: shifts,
          date,
          message: `${person.name} has ${plural(shifts.length, 'shift')} on ${formatDate(date)} (${shifts.map((w) => shiftOn(w, context)).join(', ')}); at most ${maximum} a day is allowed`,
          penalty: shifts.length - maximum,
        }),
      );
    }
    return violations;
  },
});
