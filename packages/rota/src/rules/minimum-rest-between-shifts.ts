import { dutiesOf, touchesPeriod } from '../check/duties.js';
import { definePersonRule, makeViolation, settingsOf, shiftEnding, shiftStarting } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';
import { formatDuration } from '../time/format-duration.js';

const RULE = { id: 'minimum-rest-between-shifts', unit: 'minutes' } as const;

/**
 * 11 hours' rest between one duty and the next (shifts within the split-shift gap form one
 * duty). A duty so long that no 24 hours from its start can hold the rest breaks the rule too.
 */
export const minimumRestBetweenShifts = definePersonRule({
  ...RULE,
  title: 'Daily rest between shifts',
  description:
    'A person has at least 11 consecutive hours of rest between one duty and the next, and no duty is so long that the 24 hours from its start cannot hold that rest. Penalty: minutes short.',
  source: 'WTR 1998 reg. 10: 11 consecutive hours in each 24 hours (../shared/domain/working-time.md §1)',
  evaluatePerson(person, context) {
    const { minimumMinutes } = settingsOf(context, RULE.id);
    const violations: Violation[] = [];
    const duties = dutiesOf(person.actual, context.settings.splitShiftMaximumGapMinutes);
    for (let i = 0; i < duties.length; i += 1) {
      const duty = duties[i]!;
      const longest = 1440 - minimumMinutes;
      if (duty.end - duty.start > longest && touchesPeriod(duty.shifts)) {
        const first = duty.shifts[0]!;
        violations.push(
          makeViolation(RULE, context, {
            staffId: person.member.id,
            worked: duty.shifts,
            date: first.shift.date,
            subject: 'duty',
            message: `${person.name} would work from ${context.formatInstant(duty.start)} to ${context.formatInstant(duty.end)} in one duty, leaving less than ${formatDuration(minimumMinutes)} rest in the 24 hours from its start`,
            penalty: duty.end - duty.start - longest,
          }),
        );
      }
      const next = duties[i + 1];
      if (!next) continue;
      const rest = next.start - duty.end;
      const before = duty.lastToEnd;
      const after = next.shifts[0]!;
      if (rest >= minimumMinutes || (!before.shift.inPeriod && !after.shift.inPeriod)) continue;
      violations.push(
        makeViolation(RULE, context, {
          staffId: person.member.id,
          worked: [before, after],
          date: before.shift.date,
          message: `${person.name} would have ${formatDuration(rest)} rest between ${shiftEnding(before, context)} and ${shiftStarting(after, context)}; ${formatDuration(minimumMinutes)} is required`,
          penalty: minimumMinutes - rest,
        }),
      );
    }
    return violations;
  },
});
