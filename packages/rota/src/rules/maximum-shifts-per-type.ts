import { definePersonRule, makeViolation, plural } from '../check/rota-rule.js';
import { type WorkedShift } from '../check/rota-context.js';
import { type Violation } from '../check/violation.js';
import { formatDate } from '../time/format-instant.js';

const RULE = { id: 'maximum-shifts-per-type', unit: 'shifts' } as const;

/** Per-person limits on shifts of each type in the period; a limit of 0 means never. */
export const maximumShiftsPerType = definePersonRule({
  ...RULE,
  title: 'Shifts of each type',
  description: "A person works no more shifts of a type than their personal limit for the period; 0 means they never work it. Penalty: shifts over the limit.",
  source: 'Contract terms; Curtois & Qu hard constraint 3, "maximum shifts per type" (../shared/benchmarks/curtois/FORMAT.md §4)',
  evaluatePerson(person, context) {
    const limits = person.member.limits?.maximumShiftsPerType;
    const violations: Violation[] = [];
    if (!limits) return violations;
    const byType = new Map<string, WorkedShift[]>();
    for (const w of person.actualInPeriod) {
      const list = byType.get(w.shift.type.id);
      if (list) list.push(w);
      else byType.set(w.shift.type.id, [w]);
    }
    for (const [typeId, shifts] of byType) {
      const limit = limits[typeId];
      if (limit === undefined || shifts.length <= limit) continue;
      const label = shifts[0]!.shift.label;
      violations.push(
        makeViolation(RULE, context, {
          staffId: person.member.id,
          worked: shifts,
          date: shifts[0]!.shift.date,
          subject: typeId,
          message:
            limit === 0
              ? `${person.name} may not work the ${label} but is rostered on it ${shifts.length === 1 ? 'once' : `${shifts.length} times`} (${dates(shifts)})`
              : `${person.name} would work ${plural(shifts.length, label, `${label}s`)} in this period (${dates(shifts)}); at most ${limit} ${limit === 1 ? 'is' : 'are'} allowed`,
          penalty: shifts.length - limit,
        }),
      );
    }
    return violations;
  },
});

function dates(shifts: readonly WorkedShift[]): string {
  return shifts.map((w) => formatDate(w.shift.date)).join(', ');
}
