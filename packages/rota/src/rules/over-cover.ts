import { coverCount, describeSlot } from '../check/cover-count.js';
import { defineCoverRule, makeViolation } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';

const RULE = { id: 'over-cover', unit: 'people' } as const;

/** A shift with more staff than its ideal costs money that another shift may need. */
export const overCover = defineCoverRule({
  ...RULE,
  title: 'Over cover',
  description: 'Warns when a shift has more counted staff than its ideal. Penalty: people over.',
  source: 'Cover requirement (../shared/DESIGN.md); Curtois & Qu over-cover (../shared/benchmarks/curtois/FORMAT.md §5)',
  evaluateSlot(slot, context) {
    const violations: Violation[] = [];
    const { ideal } = slot.requirement;
    const count = coverCount(slot, context).valid;
    if (count.length <= ideal) return violations;
    violations.push(
      makeViolation(RULE, context, {
        staffId: null,
        worked: count,
        shiftIds: slot.shiftIds,
        date: slot.date,
        subject: slot.key,
        message: `${describeSlot(slot, context)} has ${count.length} staff, ${count.length - ideal} more than the ideal ${ideal}`,
        penalty: count.length - ideal,
        weightMultiplier: slot.requirement.weights?.aboveIdeal ?? 1,
      }),
    );
    return violations;
  },
});
