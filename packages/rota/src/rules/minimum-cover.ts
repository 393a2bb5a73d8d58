import { coverCount, describeSlot } from '../check/cover-count.js';
import { defineCoverRule, makeViolation } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';

const RULE = { id: 'minimum-cover', unit: 'people' } as const;

/** Each shift has at least its minimum head count, counting only skilled people not on approved absence. */
export const minimumCover = defineCoverRule({
  ...RULE,
  title: 'Minimum cover',
  description: 'Each shift with a cover requirement has its minimum number of staff who hold the shift\'s skill and are not away on approved absence. Penalty: people short.',
  source: 'Cover requirement (../shared/DESIGN.md, domain model); Curtois & Qu under-cover (../shared/benchmarks/curtois/FORMAT.md §5)',
  evaluateSlot(slot, context) {
    const violations: Violation[] = [];
    const { minimum } = slot.requirement;
    const have = coverCount(slot, context).valid.length;
    if (have >= minimum) return violations;
    violations.push(
      makeViolation(RULE, context, {
        staffId: null,
        shiftIds: slot.shiftIds,
        date: slot.date,
        subject: slot.key,
        message: `${describeSlot(slot, context)} has ${have} of the minimum ${minimum} staff (${minimum - have} short)`,
        penalty: minimum - have,
        weightMultiplier: slot.requirement.weights?.belowMinimum ?? 1,
      }),
    );
    return violations;
  },
});
