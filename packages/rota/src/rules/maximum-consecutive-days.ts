import { dayRunsOf } from '../check/day-runs.js';
import { definePersonRule, makeViolation, settingsOf } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';
import { formatDate } from '../time/format-instant.js';
import { dateOfDayNumber } from '../time/zoned-instant.js';

const RULE = { id: 'maximum-consecutive-days', unit: 'days' } as const;

/**
 * At most N days worked in a row (a day is worked when a shift is dated on it). Runs are measured
 * through the supplied history; days beyond it count as off.
 */
export const maximumConsecutiveDays = definePersonRule({
  ...RULE,
  title: 'Maximum consecutive days',
  description: 'A person works no more than the set number of days in a row, history included. Penalty: days over the limit.',
  source: 'Local policy [D] (default 6: a day off in every seven); Curtois & Qu hard constraint 5 (../shared/benchmarks/curtois/FORMAT.md §4)',
  evaluatePerson(person, context) {
    const maximum = person.member.limits?.maximumConsecutiveDays ?? settingsOf(context, RULE.id).maximum;
    const violations: Violation[] = [];
    if (maximum === null) return violations;
    const { firstDay } = context.period;
    for (const run of dayRunsOf(person, context)) {
      if (!run.worked || run.length <= maximum || run.lastDay < firstDay) continue;
      violations.push(
        makeViolation(RULE, context, {
          staffId: person.member.id,
          worked: run.shifts.filter((w) => w.shift.inPeriod),
          date: dateOfDayNumber(Math.max(run.firstDay, firstDay)),
          message: `${person.name} would work ${run.length} days in a row, ${formatDate(dateOfDayNumber(run.firstDay))} to ${formatDate(dateOfDayNumber(run.lastDay))}; at most ${maximum} are allowed`,
          penalty: run.length - maximum,
        }),
      );
    }
    return violations;
  },
});
