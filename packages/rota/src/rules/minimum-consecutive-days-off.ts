import { dayRunsOf } from '../check/day-runs.js';
import { definePersonRule, makeViolation, settingsOf } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';
import { formatDate } from '../time/format-instant.js';
import { dateOfDayNumber } from '../time/zoned-instant.js';

const RULE = { id: 'minimum-consecutive-days-off', unit: 'days' } as const;

/**
 * Every block of days off between worked days is at least N long. A block touching either end of
 * the known rota is exempt: the rest may continue beyond it.
 */
export const minimumConsecutiveDaysOff = definePersonRule({
  ...RULE,
  title: 'Minimum consecutive days off',
  description:
    'Each block of days off between two worked days is at least the set length, except a block touching either end of the known rota. Penalty: days short.',
  source: 'Curtois & Qu hard constraint 7, with its boundary rule (../shared/benchmarks/curtois/FORMAT.md §4)',
  evaluatePerson(person, context) {
    const minimum = person.member.limits?.minimumConsecutiveDaysOff ?? settingsOf(context, RULE.id).minimum;
    const violations: Violation[] = [];
    if (minimum <= 1) return violations;
    const { firstDay } = context.period;
    const runs = dayRunsOf(person, context);
    for (let i = 1; i < runs.length - 1; i += 1) {
      const run = runs[i]!;
      if (run.worked || run.length >= minimum || run.lastDay < firstDay) continue;
      const before = runs[i - 1]!.shifts.at(-1)!;
      const after = runs[i + 1]!.shifts[0]!;
      violations.push(
        makeViolation(RULE, context, {
          staffId: person.member.id,
          worked: [before, after],
          date: dateOfDayNumber(run.firstDay),
          message: `${person.name} would have ${run.length === 1 ? `a single day off (${formatDate(dateOfDayNumber(run.firstDay))})` : `only ${run.length} days off (${formatDate(dateOfDayNumber(run.firstDay))} to ${formatDate(dateOfDayNumber(run.lastDay))})`} between worked days; at least ${minimum} in a row are required`,
          penalty: minimum - run.length,
        }),
      );
    }
    return violations;
  },
});
