import { definePersonRule, makeViolation, plural, settingsOf } from '../check/rota-rule.js';
import { type WorkedShift } from '../check/rota-context.js';
import { type Violation } from '../check/violation.js';
import { formatDate } from '../time/format-instant.js';
import { dateOfDayNumber } from '../time/zoned-instant.js';

const RULE = { id: 'maximum-weekends', unit: 'weekends' } as const;

/** At most N weekends worked in the period; a weekend is worked with a shift dated Saturday or Sunday. */
export const maximumWeekends = definePersonRule({
  ...RULE,
  title: 'Maximum weekends',
  description: 'A person works no more than the set number of weekends in the period (a shift on the Saturday, the Sunday or both). Penalty: weekends over the limit.',
  source: 'Local policy; Curtois & Qu hard constraint 8 (../shared/benchmarks/curtois/FORMAT.md §4)',
  evaluatePerson(person, context) {
    const maximum = person.member.limits?.maximumWeekends ?? settingsOf(context, RULE.id).maximum;
    const violations: Violation[] = [];
    if (maximum === null) return violations;
    const weekends = new Map<number, WorkedShift[]>();
    for (const w of person.actualInPeriod) {
      if (!w.shift.weekend) continue;
      const saturday = w.shift.weekday === 6 ? w.shift.day : w.shift.day - 1;
      const list = weekends.get(saturday);
      if (list) list.push(w);
      else weekends.set(saturday, [w]);
    }
    if (weekends.size <= maximum) return violations;
    const saturdays = [...weekends.keys()].sort((a, b) => a - b);
    violations.push(
      makeViolation(RULE, context, {
        staffId: person.member.id,
        worked: saturdays.flatMap((s) => weekends.get(s) ?? []),
        date: context.period.startDate,
        subject: 'weekends',
        message: `${person.name} would work ${plural(weekends.size, 'weekend')} in this period (${saturdays.map((s) => formatDate(dateOfDayNumber(s))).join(', ')}); at most ${maximum} ${maximum === 1 ? 'is' : 'are'} allowed`,
        penalty: weekends.size - maximum,
      }),
    );
    return violations;
  },
});
