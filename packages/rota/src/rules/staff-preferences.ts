import { definePersonRule, makeViolation, shiftOn } from '../check/rota-rule.js';
import { type WorkedShift } from '../check/rota-context.js';
import { shiftLabel } from '../check/shift-facts.js';
import { type Violation } from '../check/violation.js';
import { dayNumber } from '../time/zoned-instant.js';
import { formatDate } from '../time/format-instant.js';

const RULE = { id: 'staff-preferences', unit: 'requests' } as const;

/**
 * Staff's on and off requests. An 'on' request for a shift type is broken by a day off or by a
 * different shift; an 'off' request by working that shift type (or any shift, when none is named).
 * The request's weight multiplies the rule's.
 */
export const staffPreferences = definePersonRule({
  ...RULE,
  title: 'Staff preferences',
  description: "Honours staff's requests to work, or not to work, a shift or a day. Penalty: one per broken request, times its weight.",
  source: 'Staff preferences (issue); Curtois & Qu shift on/off requests (../shared/benchmarks/curtois/FORMAT.md §5)',
  evaluatePerson(person, context) {
    const violations: Violation[] = [];
    if (person.preferences.length === 0) return violations;
    const byDay = new Map<number, WorkedShift[]>();
    for (const w of person.actualInPeriod) {
      const list = byDay.get(w.shift.day);
      if (list) list.push(w);
      else byDay.set(w.shift.day, [w]);
    }
    for (const preference of person.preferences) {
      const day = dayNumber(preference.date);
      const onDay = byDay.get(day) ?? [];
      const wanted = preference.shiftTypeId;
      const type = wanted === null ? undefined : context.shiftTypes.get(wanted);
      const typeName = wanted === null ? null : type ? shiftLabel(type) : `${wanted} shift`;
      const what = typeName === null ? 'on' : `the ${typeName} on`;
      const matching = wanted === null ? onDay : onDay.filter((w) => w.shift.type.id === wanted);
      let message: string | null = null;
      let worked: WorkedShift[] = [];
      if (preference.kind === 'on' && matching.length === 0) {
        message = `${person.name} asked to work ${what} ${formatDate(preference.date)} but ${onDay.length === 0 ? 'is off' : `is on ${onDay.map((w) => shiftOn(w, context)).join(' and ')}`}`;
        worked = onDay;
      } else if (preference.kind === 'off' && matching.length > 0) {
        message = `${person.name} asked not to work ${what} ${formatDate(preference.date)} but is on ${matching.map((w) => shiftOn(w, context)).join(' and ')}`;
        worked = matching;
      }
      if (message === null) continue;
      violations.push(
        makeViolation(RULE, context, {
          staffId: person.member.id,
          worked,
          date: preference.date,
          subject: `${preference.kind}:${wanted ?? '*'}`,
          message: `${message} (weight ${preference.weight})`,
          penalty: 1,
          weightMultiplier: preference.weight,
        }),
      );
    }
    return violations;
  },
});
