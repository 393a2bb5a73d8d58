import { aRota } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

describeRule('maximum-shifts-per-day', [
  {
    name: 'warns about a split day of two shifts when one a day is allowed',
    input: aRota({ work: [['ann', 'morning', '2026-03-02'], ['ann', 'afternoon', '2026-03-02']] }),
    expected: [
      {
        staffId: 'ann',
        penalty: 1,
        severity: 'soft',
        message:
          'Ann Smith has 2 shifts on Mon 2 Mar (the library morning shift on Mon 2 Mar 08:00-12:00, the reception afternoon shift on Mon 2 Mar 12:30-16:30); at most 1 a day is allowed',
      },
    ],
  },
  {
    name: 'allows the split day when the limit is two',
    input: aRota({ work: [['ann', 'morning', '2026-03-02'], ['ann', 'afternoon', '2026-03-02']], settings: { rules: { 'maximum-shifts-per-day': { maximum: 2 } } } }),
    expected: [],
  },
  {
    name: 'counts an A&E evening on the day it starts, so the next day’s shift is a different day',
    input: aRota({ work: [['ann', 'ae-evening', '2026-03-02'], ['ann', 'late', '2026-03-03']] }),
    expected: [],
  },
]);
