import { definePersonRule, makeViolation, shiftOn } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';
import { formatDuration } from '../time/format-duration.js';

const RULE = { id: 'no-overlap', unit: 'minutes' } as const;

/**
 * Nobody is on two shifts at once. Shifts are half-open [start, end), so a shift ending at 13:00
 * and another starting at 13:00 do not overlap.
 */
export const noOverlap = definePersonRule({
  ...RULE,
  title: 'No overlapping shifts',
  description: 'A person cannot work two shifts at the same time; shifts are half-open, so back-to-back shifts do not overlap. Penalty: minutes of overlap.',
  source: 'Shifts are half-open intervals [start, end) (../shared/STYLE.md)',
  evaluatePerson(person, context) {
    const violations: Violation[] = [];
    const worked = person.worked;
    for (let i = 0; i < worked.length; i += 1) {
      const a = worked[i]!;
      for (let j = i + 1; j < worked.length; j += 1) {
        const b = worked[j]!;
        if (b.shift.start >= a.shift.end) break;
        if (!a.shift.inPeriod && !b.shift.inPeriod) continue;
        const overlap = Math.min(a.shift.end, b.shift.end) - b.shift.start;
        violations.push(
          makeViolation(RULE, context, {
            staffId: person.member.id,
            worked: [a, b],
            date: a.shift.date,
            message: `${person.name} is on ${shiftOn(a, context)} and ${shiftOn(b, context)} at the same time: they overlap by ${formatDuration(overlap)}`,
            penalty: overlap,
          }),
        );
      }
    }
    return violations;
  },
});
