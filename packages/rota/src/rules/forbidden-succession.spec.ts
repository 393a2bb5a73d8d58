import { aRota } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const settings = { rules: { 'forbidden-succession': { pairs: [{ first: 'late', next: 'early' }] } } };

describeRule('forbidden-succession', [
  {
    name: 'flags an early the day after a late',
    input: aRota({ settings, work: [['ann', 'late', '2026-03-02'], ['ann', 'early', '2026-03-03']] }),
    expected: [
      {
        staffId: 'ann',
        severity: 'hard',
        penalty: 1,
        message: 'Ann Smith would work the early shift on Tue 3 Mar 07:00-15:00 the day after the late shift on Mon 2 Mar 13:00-21:00; the early shift cannot follow the late shift',
      },
    ],
  },
  {
    name: 'allows a late after an early, and an early two days after a late',
    input: aRota({ settings, work: [['ann', 'early', '2026-03-02'], ['ann', 'late', '2026-03-03'], ['ann', 'early', '2026-03-05']] }),
    expected: [],
  },
]);
