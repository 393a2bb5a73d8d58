import { aRota } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const settings = { rules: { 'minimum-consecutive-days-off': { minimum: 2 } } };

describeRule('minimum-consecutive-days-off', [
  {
    name: 'flags a single day off between worked days when two are required',
    input: aRota({ settings, work: [['ann', 'early', '2026-03-02'], ['ann', 'early', '2026-03-04']] }),
    expected: [
      {
        staffId: 'ann',
        penalty: 1,
        shiftIds: ['early@2026-03-02', 'early@2026-03-04'],
        message: 'Ann Smith would have a single day off (Tue 3 Mar) between worked days; at least 2 in a row are required',
      },
    ],
  },
  {
    name: 'exempts days off at either end of the rota',
    input: aRota({ settings, work: [['ann', 'early', '2026-03-03'], ['ann', 'early', '2026-03-28']] }),
    expected: [],
  },
  {
    name: 'allows two days off',
    input: aRota({ settings, work: [['ann', 'early', '2026-03-02'], ['ann', 'early', '2026-03-05']] }),
    expected: [],
  },
]);
