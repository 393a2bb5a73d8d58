import { coverCount, describeSlot } from '../check/cover-count.js';
import { defineCoverRule, makeViolation } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';

const RULE = { id: 'ideal-cover', unit: 'people' } as const;

/** Each shift reaches its ideal head count; only the shortfall above the minimum counts here. */
export const idealCover = defineCoverRule({
  ...RULE,
  title: 'Ideal cover',
  description: 'Each shift reaches its ideal number of staff. Only people short between the minimum and the ideal count here; below the minimum is minimum cover. Penalty: people short.',
  source: 'Cover requirement, ideal head count (../shared/DESIGN.md, domain model)',
  evaluateSlot(slot, context) {
    const violations: Violation[] = [];
    const { minimum, ideal } = slot.requirement;
    const have = coverCount(slot, context).valid.length;
    const short = ideal - Math.max(have, minimum);
    if (short <= 0) return violations;
    violations.push(
      makeViolation(RULE, context, {
        staffId: null,
        shiftIds: slot.shiftIds,
        date: slot.date,
        subject: slot.key,
        message: `${describeSlot(slot, context)} has ${have} of the ideal ${ideal} staff`,
        penalty: short,
        weightMultiplier: slot.requirement.weights?.belowIdeal ?? 1,
      }),
    );
    return violations;
  },
});
