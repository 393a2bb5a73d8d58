import { aRota, aStaffMember } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const annWithDayOff = aStaffMember({ daysOff: ['2026-03-04'] });

describeRule('fixed-days-off', [
  {
    name: 'flags a shift on an agreed day off',
    input: aRota({ staff: [annWithDayOff], work: [['ann', 'early', '2026-03-04']] }),
    expected: [{ staffId: 'ann', severity: 'hard', penalty: 1, message: 'Ann Smith is on the early shift on Wed 4 Mar 07:00-15:00, an agreed day off' }],
  },
  {
    name: 'allows the days either side',
    input: aRota({ staff: [annWithDayOff], work: [['ann', 'early', '2026-03-03'], ['ann', 'early', '2026-03-05']] }),
    expected: [],
  },
]);
