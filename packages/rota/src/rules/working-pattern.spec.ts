import { aRota } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

describeRule('working-pattern', [
  {
    name: 'warns when a part-timer who works Monday to Wednesday is rostered on a Thursday',
    input: aRota({ work: [['bo', 'early', '2026-03-05']] }),
    expected: [
      {
        staffId: 'bo',
        severity: 'soft',
        penalty: 1,
        message: 'Bo Jones is on the early shift on Thu 5 Mar 07:00-15:00, a Thursday, outside their fixed working days (Mon, Tue, Wed)',
      },
    ],
  },
  {
    name: 'allows the pattern’s days, and anyone without a fixed pattern on any day',
    input: aRota({ work: [['bo', 'early', '2026-03-02'], ['ann', 'early', '2026-03-05']] }),
    expected: [],
  },
]);
