import { aRota, aStaffMember } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const settings = { rules: { 'minimum-consecutive-days': { minimum: 2 } } };

describeRule('minimum-consecutive-days', [
  {
    name: 'flags a single worked day between days off when two in a row are required',
    input: aRota({ settings, work: [['ann', 'early', '2026-03-04']] }),
    expected: [
      {
        staffId: 'ann',
        penalty: 1,
        message: 'Ann Smith would work a single day (Wed 4 Mar) between days off; at least 2 in a row are required',
      },
    ],
  },
  {
    name: 'exempts a short block on the first or last day of the rota, which may continue beyond it',
    input: aRota({ settings, work: [['ann', 'early', '2026-03-02'], ['ann', 'early', '2026-03-29']] }),
    expected: [],
  },
  {
    name: 'allows two days in a row',
    input: aRota({ settings, work: [['ann', 'early', '2026-03-04'], ['ann', 'early', '2026-03-05']] }),
    expected: [],
  },
  {
    name: 'uses a personal minimum',
    input: aRota({ staff: [aStaffMember({ limits: { minimumConsecutiveDays: 3 } })], work: [['ann', 'early', '2026-03-04'], ['ann', 'early', '2026-03-05']] }),
    expected: [{ penalty: 1, message: 'Ann Smith would work only 2 days in a row (Wed 4 Mar to Thu 5 Mar) between days off; at least 3 in a row are required' }],
  },
]);
