import { SKILL_LABELS } from '@recordroom/people';
import { definePersonRule, makeViolation, shiftOn } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';

const RULE = { id: 'required-skill', unit: 'shifts' } as const;

/** Nobody works a shift whose shift type needs a skill they do not hold. */
export const requiredSkill = definePersonRule({
  ...RULE,
  title: 'Required skill',
  description: 'A person may only be rostered on a shift whose shift type needs a skill they hold. Penalty: one per shift.',
  source: 'Shift type "required skill" (../shared/DESIGN.md, domain model)',
  evaluatePerson(person, context) {
    const violations: Violation[] = [];
    for (const w of person.worked) {
      const skill = w.shift.type.requiredSkill;
      if (!w.shift.inPeriod || skill === null || person.member.skills.includes(skill)) continue;
      violations.push(
        makeViolation(RULE, context, {
          staffId: person.member.id,
          worked: [w],
          date: w.shift.date,
          message: `${person.name} is on ${shiftOn(w, context)} without the ${SKILL_LABELS[skill]} skill it requires`,
          penalty: 1,
        }),
      );
    }
    return violations;
  },
});
