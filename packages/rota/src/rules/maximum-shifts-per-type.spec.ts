import { aRota, aStaffMember, CY } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

describeRule('maximum-shifts-per-type', [
  {
    name: 'flags a shift type the person may never work (a limit of 0)',
    input: aRota({ staff: [{ ...CY, limits: { maximumShiftsPerType: { late: 0 } } }], work: [['cy', 'late', '2026-03-02']] }),
    expected: [{ staffId: 'cy', severity: 'hard', penalty: 1, message: 'Cy Patel may not work the late shift but is rostered on it once (Mon 2 Mar)' }],
  },
  {
    name: 'flags shifts of a type over the personal limit',
    input: aRota({
      staff: [aStaffMember({ limits: { maximumShiftsPerType: { early: 2 } } })],
      work: [['ann', 'early', '2026-03-02'], ['ann', 'early', '2026-03-03'], ['ann', 'early', '2026-03-04']],
    }),
    expected: [{ penalty: 1, message: 'Ann Smith would work 3 early shifts in this period (Mon 2 Mar, Tue 3 Mar, Wed 4 Mar); at most 2 are allowed' }],
  },
  {
    name: 'allows shifts within the limits and types without one',
    input: aRota({
      staff: [aStaffMember({ limits: { maximumShiftsPerType: { early: 2 } } })],
      work: [['ann', 'early', '2026-03-02'], ['ann', 'early', '2026-03-03'], ['ann', 'late', '2026-03-04']],
    }),
    expected: [],
  },
]);
