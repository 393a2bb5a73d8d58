import { definePersonRule, makeViolation, settingsOf } from '../check/rota-rule.js';
import { type PersonState, type RotaContext } from '../check/rota-context.js';
import { type Violation } from '../check/violation.js';
import { formatDuration } from '../time/format-duration.js';

const RULE = { id: 'contracted-hours', unit: 'minutes' } as const;

/**
 * Rostered paid time in the period against contracted hours, pro rata to the period's length.
 * Approved absence and public holidays on a working day (a day of the person's fixed pattern,
 * else Monday to Friday) count as that day's share of the week's hours. Bank staff, with no
 * contracted hours, are not checked.
 */
export const contractedHours = definePersonRule({
  ...RULE,
  title: 'Contracted hours',
  description:
    "A person's paid time in the period matches their contracted hours pro rata, with approved absence and public holidays on working days credited; under means hours owed, over means additional hours or overtime. Penalty: minutes beyond the tolerance.",
  source: 'AfC: 37.5 h standard week, hours averaged over the rota period (../shared/domain/working-time.md §2)',
  evaluatePerson(person, context) {
    const violations: Violation[] = [];
    const expected = contractedMinutesInPeriod(person, context);
    if (expected === null) return violations;
    const { toleranceMinutes } = settingsOf(context, RULE.id);
    const worked = person.actualInPeriod;
    const rostered = worked.reduce((sum, w) => sum + w.shift.paidMinutes, 0);
    const difference = rostered - expected;
    if (Math.abs(difference) <= toleranceMinutes) return violations;
    const direction = difference > 0 ? 'over' : 'under';
    const consequence = difference > 0 ? ', paid as additional hours or overtime' : ', hours the rota owes them';
    violations.push(
      makeViolation(RULE, context, {
        staffId: person.member.id,
        worked,
        date: context.period.startDate,
        subject: direction,
        message: `${person.name} is rostered for ${formatDuration(rostered)} in this period against ${formatDuration(expected)} contracted: ${formatDuration(Math.abs(difference))} ${direction}${consequence}`,
        penalty: Math.abs(difference) - toleranceMinutes,
      }),
    );
    return violations;
  },
});

/**
 * The person's contracted paid minutes for the period net of credited days off, rounded to the
 * minute; null for bank staff and anyone without contracted hours.
 */
export function contractedMinutesInPeriod(person: PersonState, context: RotaContext): number | null {
  const hours = person.member.contractedHoursPerWeek;
  if (hours <= 0 || person.member.contractType === 'bank') return null;
  const { firstDay, lastDay } = context.period;
  const pattern = person.patternWeekdays;
  const workingDaysPerWeek = pattern ? pattern.size : 5;
  const perDay = (hours * 60) / Math.max(1, workingDaysPerWeek);
  let credit = 0;
  for (let day = firstDay; day <= lastDay; day += 1) {
    const weekday = ((((day + 3) % 7) + 7) % 7) + 1;
    if (pattern ? !pattern.has(weekday) : weekday > 5) continue;
    let dayCredit = 0;
    for (const absence of person.absences) {
      if (absence.absence.status !== 'approved' || day < absence.firstDay || day > absence.lastDay) continue;
      dayCredit = Math.max(dayCredit, absence.timed ? Math.min(perDay, absence.end - absence.start) : perDay);
    }
    if (dayCredit < perDay && context.publicHolidayDays.has(day)) dayCredit = perDay;
    credit += dayCredit;
  }
  return Math.round((hours * 60 * (lastDay - firstDay + 1)) / 7 - credit);
}
