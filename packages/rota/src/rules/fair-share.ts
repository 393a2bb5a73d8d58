import { defineTeamRule, makeViolation, settingsOf } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';
import { FAIRNESS_CATEGORIES, FAIRNESS_CATEGORY_LABELS, isEligible } from '../fairness/fairness-counts.js';
import { teamFairnessCounts } from '../fairness/team-fairness.js';

const RULE = { id: 'fair-share', unit: 'shifts' } as const;

/**
 * No one carries much more than their pro-rata share of A&E evenings, weekends and public
 * holidays, counted over the fairness ledger's 12 months before the period plus the period.
 * The penalty is the excess beyond the tolerance, but no more than the period itself adds.
 */
export const fairShare = defineTeamRule({
  ...RULE,
  title: 'Fair share of unsocial work',
  description:
    "A person's A&E evenings, weekends and public holidays (the 12 months before the period plus the period) exceed their share at the team's rate per WTE by no more than the tolerance. Penalty: shifts (weekends, days) beyond it.",
  source: 'Fairness ledger (issue: "fair share of A&E evenings / weekends / bank holidays", pro-rata to contracted hours)',
  evaluate(context) {
    const { tolerance } = settingsOf(context, RULE.id);
    const { members, periodCounts, teamRates } = teamFairnessCounts(context);
    const violations: Violation[] = [];
    for (const member of members) {
      const inPeriodCounts = periodCounts.get(member.staffId);
      for (const category of FAIRNESS_CATEGORIES) {
        // Only the excess this period adds can be fixed on this rota: the past is not blamed on it.
        const inPeriod = inPeriodCounts?.[category] ?? 0;
        if (inPeriod === 0 || !isEligible(member, category)) continue;
        const count = member.counts[category];
        const expected = member.wte * teamRates[category];
        const deviation = count - expected;
        if (deviation <= tolerance + 1e-9) continue;
        const person = context.people.get(member.staffId);
        if (!person) continue;
        const label = FAIRNESS_CATEGORY_LABELS[category];
        violations.push(
          makeViolation(RULE, context, {
            staffId: member.staffId,
            worked: [],
            date: context.period.startDate,
            subject: category,
            message: `${person.name} would have ${count} ${count === 1 ? label.one : label.many} in the 12 months before this period and the period itself, ${round(deviation)} more than a fair share of ${round(expected)} for ${person.wte} WTE; ${tolerance} more is tolerated`,
            penalty: round(Math.min(deviation - tolerance, inPeriod)),
          }),
        );
      }
    }
    return violations;
  },
});

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
