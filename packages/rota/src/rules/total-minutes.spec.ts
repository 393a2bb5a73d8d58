import { aRota, aStaffMember } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const limited = aStaffMember({ limits: { minimumTotalMinutes: 600, maximumTotalMinutes: 900 } });

describeRule('total-minutes', [
  {
    name: 'flags paid time under the minimum',
    input: aRota({ staff: [limited], work: [['ann', 'early', '2026-03-02']] }),
    expected: [{ staffId: 'ann', penalty: 150, message: 'Ann Smith would work 7 h 30 min in this period, 2 h 30 min under their minimum of 10 h' }],
  },
  {
    name: 'flags paid time over the maximum',
    input: aRota({ staff: [limited], work: [['ann', 'early', '2026-03-02'], ['ann', 'early', '2026-03-03'], ['ann', 'early', '2026-03-04']] }),
    expected: [{ staffId: 'ann', penalty: 450, message: 'Ann Smith would work 22 h 30 min in this period, 7 h 30 min over their maximum of 15 h' }],
  },
  {
    name: 'allows paid time inside the range, both ends included',
    input: aRota({ staff: [limited], work: [['ann', 'early', '2026-03-02'], ['ann', 'early', '2026-03-03']] }),
    expected: [],
  },
]);
