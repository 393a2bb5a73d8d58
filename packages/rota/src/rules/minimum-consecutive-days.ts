import { dayRunsOf } from '../check/day-runs.js';
import { definePersonRule, makeViolation, settingsOf } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';
import { formatDate } from '../time/format-instant.js';
import { dateOfDayNumber } from '../time/zoned-instant.js';

const RULE = { id: 'minimum-consecutive-days', unit: 'days' } as const;

/**
 * Every block of worked days is at least N long. A block touching the first day of the supplied
 * history or the last day of the period is exempt: it may continue beyond what is known.
 */
export const minimumConsecutiveDays = definePersonRule({
  ...RULE,
  title: 'Minimum consecutive days',
  description:
    'Each block of days worked is at least the set length, except a block touching either end of the known rota, which may continue beyond it. Penalty: days short.',
  source: 'Curtois & Qu hard constraint 6, with its boundary rule (../shared/benchmarks/curtois/FORMAT.md §4)',
  evaluatePerson(person, context) {
    const minimum = person.member.limits?.minimumConsecutiveDays ?? settingsOf(context, RULE.id).minimum;
    const violations: Violation[] = [];
    if (minimum <= 1) return violations;
    const { firstDay, lastDay } = context.period;
    const from = context.historyFromDay;
    for (const run of dayRunsOf(person, context)) {
      if (!run.worked || run.length >= minimum || run.firstDay === from || run.lastDay === lastDay || run.lastDay < firstDay) continue;
      violations.push(
        makeViolation(RULE, context, {
          staffId: person.member.id,
          worked: run.shifts,
          date: dateOfDayNumber(run.firstDay),
          message: `${person.name} would work ${run.length === 1 ? `a single day (${formatDate(dateOfDayNumber(run.firstDay))})` : `only ${run.length} days in a row (${formatDate(dateOfDayNumber(run.firstDay))} to ${formatDate(dateOfDayNumber(run.lastDay))})`} between days off; at least ${minimum} in a row are required`,
          penalty: minimum - run.length,
        }),
      );
    }
    return violations;
  },
});
