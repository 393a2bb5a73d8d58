import { aRota, anAbsence, ANN, aStaffMember, BO, daysFrom, type Work } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

/** Earlies (7 h 30 min paid) on the weekdays of the four weeks from `from`, skipping `skip`. */
function weekdayEarlies(from: string, skip: readonly string[] = [], staffId = 'ann'): Work[] {
  return daysFrom(from, 28)
    .filter((date) => new Date(`${date}T00:00:00Z`).getUTCDay() % 6 !== 0 && !skip.includes(date))
    .map((date) => [staffId, 'early', date] as const);
}

describeRule('contracted-hours', [
  {
    name: 'accepts 150 h in four weeks on a 37.5-hour contract',
    input: aRota({ staff: [ANN], work: weekdayEarlies('2026-03-02') }),
    expected: [],
  },
  {
    name: 'flags 7 h 30 min under contract as hours owed',
    input: aRota({ staff: [ANN], work: weekdayEarlies('2026-03-02', ['2026-03-13']) }),
    expected: [
      {
        staffId: 'ann',
        penalty: 450,
        message: 'Ann Smith is rostered for 142 h 30 min in this period against 150 h contracted: 7 h 30 min under, hours the rota owes them',
      },
    ],
  },
  {
    name: 'flags hours over contract as additional hours or overtime',
    input: aRota({ staff: [ANN], work: [...weekdayEarlies('2026-03-02'), ['ann', 'early', '2026-03-07']] }),
    expected: [{ staffId: 'ann', penalty: 450, message: /7 h 30 min over, paid as additional hours or overtime$/ }],
  },
  {
    name: 'credits a week of approved leave at the week’s hours',
    input: aRota({ staff: [ANN], work: weekdayEarlies('2026-03-02', daysFrom('2026-03-02', 5)), absences: [anAbsence()] }),
    expected: [],
  },
  {
    name: 'credits a bank holiday on a working day (Monday 4 May 2026)',
    input: aRota({ staff: [ANN], period: { startDate: '2026-04-27', endDate: '2026-05-24' }, work: weekdayEarlies('2026-04-27', ['2026-05-04']) }),
    expected: [],
  },
  {
    name: 'pro-rates a part-time contract over its fixed days (22.5 h on Monday to Wednesday)',
    input: aRota({ staff: [BO], work: weekdayEarlies('2026-03-02', [], 'bo').filter(([, , date]) => [1, 2, 3].includes(new Date(`${date}T00:00:00Z`).getUTCDay())) }),
    expected: [],
  },
  {
    name: 'does not check bank staff, who hold no contracted hours',
    input: aRota({ staff: [aStaffMember({ contractType: 'bank', contractedHoursPerWeek: 0 })], work: [['ann', 'early', '2026-03-02']] }),
    expected: [],
  },
]);
