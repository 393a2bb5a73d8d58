import { definePersonRule, makeViolation, plural, settingsOf } from '../check/rota-rule.js';
import { type WorkedShift } from '../check/rota-context.js';
import { type Violation } from '../check/violation.js';
import { formatDuration } from '../time/format-duration.js';
import { formatDate } from '../time/format-instant.js';
import { dateOfDayNumber, dayNumber } from '../time/zoned-instant.js';

const RULE = { id: 'weekly-rest', unit: 'minutes' } as const;

/**
 * 24 hours' uninterrupted rest in each 7-day period (or 48 hours, or two 24-hour rests, in each
 * 14 days), on top of the 11-hour daily rest. Periods start Monday 00:00 local time.
 *
 * A rest period counts for a week with the part of it inside the week, and only if the whole
 * rest is long enough to hold the daily rest as well. Time outside the supplied history and
 * period is unknown and counted as rest, so a week at either edge is not blamed for it.
 */
export const weeklyRest = definePersonRule({
  ...RULE,
  title: 'Weekly rest',
  description:
    'A person has 24 hours of uninterrupted rest in each week from Monday 00:00 (or 48 hours in each fortnight), not counting the 11-hour daily rest. Penalty: minutes short.',
  source: 'WTR 1998 reg. 11: 24 h in each 7 days or 48 h in each 14 days, not including daily rest (../shared/domain/working-time.md §1)',
  evaluatePerson(person, context) {
    const settings = settingsOf(context, RULE.id);
    const worked = person.actual;
    const violations: Violation[] = [];
    if (!worked.some((w) => w.shift.inPeriod)) return violations;
    // Windows start at most 13 days before the period; a rest that began earlier than 16 days
    // before is longer than any requirement, so older shifts cannot change a shortfall.
    const horizon = context.instantAt(context.period.firstDay - 16, 0);
    const rests = restPeriods(worked.filter((w) => w.shift.end >= horizon));
    const days = settings.referenceDays;
    const daily = settings.excludesDailyRest ? context.settings.rules['minimum-rest-between-shifts'].minimumMinutes : 0;
    const { firstDay, lastDay } = context.period;
    const anchor = days === 7 ? dayNumber('2024-01-01') : dayNumber(settings.fortnightsFrom); // 2024-01-01 was a Monday
    const firstWindow = firstDay - ((((firstDay - anchor) % days) + days) % days);
    for (let windowDay = firstWindow; windowDay <= lastDay; windowDay += days) {
      const from = context.instantAt(windowDay, 0);
      const to = context.instantAt(windowDay + days, 0);
      const inWindow = worked.filter((w) => w.shift.inPeriod && w.shift.start < to && w.shift.end > from);
      if (inWindow.length === 0) continue;
      // The two longest rests usable in this window: the part inside it, capped by what is left
      // of the whole rest once the daily rest is taken from it.
      let best = 0;
      let second = 0;
      for (const r of rests) {
        if (r.end <= from || r.start >= to) continue;
        const value = Math.min(Math.min(r.end, to) - Math.max(r.start, from), r.end - r.start - daily);
        if (value > best) {
          second = best;
          best = value;
        } else if (value > second) second = value;
      }
      const need = settings.minimumMinutes;
      const shortfall = days === 7 ? Math.max(0, need - best) : Math.min(Math.max(0, 2 * need - best), Math.max(0, need - best) + Math.max(0, need - second));
      if (shortfall <= 0) continue;
      const period = days === 7 ? `the week from ${formatDate(dateOfDayNumber(windowDay))}` : `the fortnight from ${formatDate(dateOfDayNumber(windowDay))}`;
      const required = days === 7 ? `${formatDuration(need)} in one rest` : `${formatDuration(2 * need)} in one rest, or ${formatDuration(need)} twice`;
      violations.push(
        makeViolation(RULE, context, {
          staffId: person.member.id,
          worked: inWindow,
          date: dateOfDayNumber(Math.max(windowDay, firstDay)),
          subject: `window-${windowDay}`,
          message: `${person.name} would have at most ${formatDuration(best)} of weekly rest in ${period} (${plural(inWindow.length, 'shift')}); ${required}${daily > 0 ? `, beyond the ${formatDuration(daily)} daily rest,` : ''} is required`,
          penalty: shortfall,
        }),
      );
    }
    return violations;
  },
});

interface Interval {
  start: number;
  end: number;
}

/** Rest between the worked shifts, open-ended beyond the first and last (unknown time counts as rest). */
function restPeriods(worked: readonly WorkedShift[]): Interval[] {
  const rests: Interval[] = [];
  let restStart = Number.NEGATIVE_INFINITY;
  let busyUntil = Number.NEGATIVE_INFINITY;
  for (const w of worked) {
    if (w.shift.start > busyUntil) rests.push({ start: restStart, end: w.shift.start });
    busyUntil = Math.max(busyUntil, w.shift.end);
    restStart = busyUntil;
  }
  rests.push({ start: restStart, end: Number.POSITIVE_INFINITY });
  return rests;
}
