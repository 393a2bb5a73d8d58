import { aRota, aStaffMember } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const oneWeekend = aStaffMember({ limits: { maximumWeekends: 1 } });

describeRule('maximum-weekends', [
  {
    name: 'flags a second weekend when one is allowed',
    input: aRota({ staff: [oneWeekend], work: [['ann', 'early', '2026-03-07'], ['ann', 'early', '2026-03-15']] }),
    expected: [
      {
        staffId: 'ann',
        penalty: 1,
        unit: 'weekends',
        message: 'Ann Smith would work 2 weekends in this period (Sat 7 Mar, Sat 14 Mar); at most 1 is allowed',
      },
    ],
  },
  {
    name: 'counts Saturday and Sunday of one weekend once',
    input: aRota({ staff: [oneWeekend], work: [['ann', 'early', '2026-03-07'], ['ann', 'early', '2026-03-08']] }),
    expected: [],
  },
  {
    name: 'sets no limit by default',
    input: aRota({ work: [['ann', 'early', '2026-03-07'], ['ann', 'early', '2026-03-14'], ['ann', 'early', '2026-03-21']] }),
    expected: [],
  },
]);
