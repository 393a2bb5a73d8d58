import { definePersonRule, makeViolation, settingsOf } from '../check/rota-rule.js';
import { type Violation } from '../check/violation.js';
import { formatDuration } from '../time/format-duration.js';
import { formatDate } from '../time/format-instant.js';
import { dateOfDayNumber } from '../time/zoned-instant.js';

const RULE = { id: 'average-weekly-hours', unit: 'minutes' } as const;

/** Absence kinds whose days leave the reference period (WTR reg. 4(6): annual and sick leave). */
const EXCLUDED_KINDS: ReadonlySet<string> = new Set(['annual-leave', 'sickness']);

/**
 * The 48-hour average week over a rolling 17 weeks, for everyone who has not opted out.
 *
 * Checked for each 17-week window ending on a day of the period; the worst is reported. Hours
 * count on the shift's date. Days of approved annual leave and sickness leave the average (a
 * standard simplification of reg. 4(6), which replaces them with days after the period [D]).
 * Days before the supplied history are assumed worked at the person's contracted hours.
 */
export const averageWeeklyHours = definePersonRule({
  ...RULE,
  title: '48-hour average week',
  description:
    'Unless they have opted out in writing, a person works no more than 48 hours a week on average over any 17 weeks ending in the period. Penalty: minutes a week over the limit.',
  source: 'WTR 1998 reg. 4: 48 h average over a 17-week reference period, opt-out in writing (../shared/domain/working-time.md §1)',
  evaluatePerson(person, context) {
    const violations: Violation[] = [];
    if (person.member.workingTimeOptOut) return violations;
    const { limitMinutes, referenceWeeks } = settingsOf(context, RULE.id);
    const { firstDay, lastDay } = context.period;
    const windowDays = referenceWeeks * 7;
    const from = context.historyFromDay;
    const length = lastDay - from + 1;
    const minutes = new Float64Array(length + 1); // prefix sums: minutes[i] = worked before day from + i
    const excluded = new Int32Array(length + 1);
    const worked = person.actual;
    for (const w of worked) {
      const index = w.shift.day - from;
      if (index >= 0 && index < length) minutes[index + 1]! += w.shift.paidMinutes;
    }
    const excludedDays = new Uint8Array(length);
    for (const absence of person.absences) {
      if (absence.absence.status !== 'approved' || absence.timed || !EXCLUDED_KINDS.has(absence.absence.kind)) continue;
      for (let day = Math.max(absence.firstDay, from); day <= Math.min(absence.lastDay, lastDay); day += 1) excludedDays[day - from] = 1;
    }
    for (let i = 0; i < length; i += 1) {
      minutes[i + 1]! += minutes[i]!;
      excluded[i + 1] = excluded[i]! + excludedDays[i]!;
    }
    const assumedPerDay = (person.member.contractedHoursPerWeek * 60) / 7;
    let worst: { average: number; endDay: number } | null = null;
    for (let endDay = firstDay; endDay <= lastDay; endDay += 1) {
      const startDay = endDay - windowDays + 1;
      const known = Math.max(startDay, from);
      const unknownDays = known - startDay;
      const total = minutes[endDay - from + 1]! - minutes[known - from]! + unknownDays * assumedPerDay;
      const counted = windowDays - (excluded[endDay - from + 1]! - excluded[known - from]!);
      if (counted <= 0) continue;
      const average = (total * 7) / counted;
      if (average > limitMinutes && (worst === null || average > worst.average)) worst = { average, endDay };
    }
    if (worst === null) return violations;
    const { average, endDay } = worst;
    const shifts = worked.filter((w) => w.shift.inPeriod && w.shift.day > endDay - windowDays && w.shift.day <= endDay);
    const excess = Math.round(average - limitMinutes);
    violations.push(
      makeViolation(RULE, context, {
        staffId: person.member.id,
        worked: shifts,
        date: context.period.startDate,
        subject: 'average',
        message: `${person.name} would average ${formatDuration(average)} a week over the ${referenceWeeks} weeks to ${formatDate(dateOfDayNumber(endDay))}, ${formatDuration(excess)} over the ${formatDuration(limitMinutes)} limit; it applies unless they opt out in writing`,
        penalty: excess,
      }),
    );
    return violations;
  },
});
