import { aRota, aStaffMember, daysFrom, type Work } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const earlies = (from: string, count: number): Work[] => daysFrom(from, count).map((date) => ['ann', 'early', date] as const);

describeRule('maximum-consecutive-days', [
  {
    name: 'flags a seventh day in a row when six are allowed',
    input: aRota({ work: earlies('2026-03-02', 7) }),
    expected: [{ staffId: 'ann', penalty: 1, severity: 'soft', message: 'Ann Smith would work 7 days in a row, Mon 2 Mar to Sun 8 Mar; at most 6 are allowed' }],
  },
  {
    name: 'allows six days in a row',
    input: aRota({ work: earlies('2026-03-02', 6) }),
    expected: [],
  },
  {
    name: 'counts days worked in the history before the period',
    input: aRota({ historyFrom: '2026-02-23', work: earlies('2026-02-26', 7) }),
    expected: [
      {
        penalty: 1,
        date: '2026-03-02',
        shiftIds: ['early@2026-03-02', 'early@2026-03-03', 'early@2026-03-04'],
        message: 'Ann Smith would work 7 days in a row, Thu 26 Feb to Wed 4 Mar; at most 6 are allowed',
      },
    ],
  },
  {
    name: 'uses a personal limit over the department’s',
    input: aRota({ staff: [aStaffMember({ limits: { maximumConsecutiveDays: 3 } })], work: earlies('2026-03-02', 4) }),
    expected: [{ penalty: 1, message: /4 days in a row.*at most 3/ }],
  },
]);
