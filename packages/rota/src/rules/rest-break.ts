import { dutiesOf, touchesPeriod } from '../check/duties.js';
import { definePersonRule, makeViolation, settingsOf, shiftOn } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';
import { formatDuration } from '../time/format-duration.js';

const RULE = { id: 'rest-break', unit: 'minutes' } as const;

/**
 * A 20-minute uninterrupted break in a working day of more than 6 hours. The break is the longest
 * break inside one of the duty's shifts (paid or unpaid) or the gap between two of its shifts.
 */
export const restBreak = definePersonRule({
  ...RULE,
  title: '20-minute break',
  description:
    "A duty with more than 6 hours' work has an uninterrupted break of at least 20 minutes, inside a shift or between two shifts of a split day. Penalty: minutes of break missing.",
  source: 'WTR 1998 reg. 12: 20 minutes when the working day is more than 6 hours (../shared/domain/working-time.md §1)',
  evaluatePerson(person, context) {
    const { afterWorkingMinutes, minimumBreakMinutes } = settingsOf(context, RULE.id);
    const violations: Violation[] = [];
    for (const duty of dutiesOf(person.actual, context.settings.splitShiftMaximumGapMinutes)) {
      if (!touchesPeriod(duty.shifts)) continue;
      let work = 0;
      let longestBreak = 0;
      let previousEnd: number | null = null;
      for (const w of duty.shifts) {
        work += w.shift.workMinutes;
        longestBreak = Math.max(longestBreak, w.shift.longestBreakMinutes);
        if (previousEnd !== null) longestBreak = Math.max(longestBreak, w.shift.start - previousEnd);
        previousEnd = Math.max(previousEnd ?? w.shift.end, w.shift.end);
      }
      if (work <= afterWorkingMinutes || longestBreak >= minimumBreakMinutes) continue;
      const first = duty.shifts[0]!;
      violations.push(
        makeViolation(RULE, context, {
          staffId: person.member.id,
          worked: duty.shifts,
          date: first.shift.date,
          message: `${person.name} would work ${formatDuration(work)} on ${duty.shifts.map((w) => shiftOn(w, context)).join(' and ')} with ${longestBreak > 0 ? `a longest break of ${formatDuration(longestBreak)}` : 'no break'}; ${formatDuration(minimumBreakMinutes)} is required after ${formatDuration(afterWorkingMinutes)}`,
          penalty: minimumBreakMinutes - longestBreak,
        }),
      );
    }
    return violations;
  },
});
