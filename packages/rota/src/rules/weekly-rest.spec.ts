import { aRota, daysFrom } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';
import { type Work } from '../test-support/factories.js';

const earlies = (from: string, count: number): Work[] => daysFrom(from, count).map((date) => ['ann', 'early', date] as const);

describeRule('weekly-rest', [
  {
    name: 'flags seven earlies in the week from Monday: the longest rest inside the week is 9 h',
    input: aRota({ work: earlies('2026-03-02', 7) }),
    expected: [
      {
        staffId: 'ann',
        penalty: 15 * 60,
        date: '2026-03-02',
        message: 'Ann Smith would have at most 9 h of weekly rest in the week from Mon 2 Mar (7 shifts); 24 h in one rest, beyond the 11 h daily rest, is required',
      },
    ],
  },
  {
    name: 'allows Monday to Friday earlies with the weekend off',
    input: aRota({ work: [...earlies('2026-03-02', 5), ...earlies('2026-03-09', 5)] }),
    expected: [],
  },
  {
    name: 'accepts over a fortnight what fails in one week when the employer uses the 14-day reference',
    input: aRota({
      work: [...earlies('2026-03-02', 12), ...earlies('2026-03-16', 5)],
      settings: { rules: { 'weekly-rest': { referenceDays: 14, fortnightsFrom: '2026-03-02' } } },
    }),
    expected: [],
  },
  {
    name: 'flags a fortnight whose longest rest is short of 48 h',
    input: aRota({
      work: [...earlies('2026-03-02', 13)],
      settings: { rules: { 'weekly-rest': { referenceDays: 14, fortnightsFrom: '2026-03-02' } } },
    }),
    // The best rest, Sat 14 15:00 to the fortnight's end, is 33 h: 15 h short of 48 h.
    expected: [{ staffId: 'ann', penalty: 15 * 60, message: /at most 33 h of weekly rest in the fortnight from Mon 2 Mar .*48 h in one rest, or 24 h twice/ }],
  },
  {
    name: 'counts a rest that runs over the week boundary for its part inside the week',
    // Worked Mon 2 to Sat 7 (ends 15:00): Sat 15:00 to Mon 00:00 is 33 h inside the week, and the
    // whole rest to the next Wednesday holds the daily rest as well.
    input: aRota({ work: [...earlies('2026-03-02', 6), ...earlies('2026-03-11', 3)] }),
    expected: [],
  },
]);
