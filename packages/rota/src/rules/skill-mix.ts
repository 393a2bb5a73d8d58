import { SKILL_LABELS } from '@recordroom/people';
import { coverCount, describeSlot } from '../check/cover-count.js';
import { defineCoverRule, makeViolation } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';

const RULE = { id: 'skill-mix', unit: 'people' } as const;

/** Each shift has the skill mix its requirement asks for, among the staff who count. */
export const skillMix = defineCoverRule({
  ...RULE,
  title: 'Skill mix',
  description: "Each shift has at least the required number of counted staff holding each skill of its requirement's skill mix. Penalty: people short, per skill.",
  source: 'Cover requirement, skill mix (../shared/DESIGN.md, domain model)',
  evaluateSlot(slot, context) {
    const violations: Violation[] = [];
    const mix = slot.requirement.skillMix ?? [];
    if (mix.length === 0) return violations;
    const { bySkill } = coverCount(slot, context);
    for (const need of mix) {
      const have = bySkill.get(need.skill) ?? 0;
      if (have >= need.minimum) continue;
      violations.push(
        makeViolation(RULE, context, {
          staffId: null,
          shiftIds: slot.shiftIds,
          date: slot.date,
          subject: `${slot.key}|${need.skill}`,
          message: `${describeSlot(slot, context)} has ${have} of the ${need.minimum} staff with the ${SKILL_LABELS[need.skill]} skill it needs`,
          penalty: need.minimum - have,
        }),
      );
    }
    return violations;
  },
});
