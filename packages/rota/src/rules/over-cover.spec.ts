import { aCoverRequirement, aRota } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const week = { startDate: '2026-03-02', endDate: '2026-03-08' };

describeRule('over-cover', [
  {
    name: 'warns about more staff than the ideal',
    input: aRota({ period: week, coverRequirements: [aCoverRequirement()], work: [['ann', 'early', '2026-03-02'], ['cy', 'early', '2026-03-02']] }),
    expected: [{ staffId: null, penalty: 1, weight: 50, message: 'The early shift on Mon 2 Mar 07:00-15:00 at Records library has 2 staff, 1 more than the ideal 1' }],
  },
  {
    name: 'counts everyone on a shift whose requirement is zero as over (as the benchmark does)',
    input: aRota({ period: week, coverRequirements: [aCoverRequirement({ minimum: 0, ideal: 0, weights: { aboveIdeal: 2 } })], work: [['ann', 'early', '2026-03-02']] }),
    expected: [{ penalty: 1, weight: 100 }],
  },
  {
    name: 'is quiet at the ideal',
    input: aRota({ period: week, coverRequirements: [aCoverRequirement()], work: [['ann', 'early', '2026-03-02']] }),
    expected: [],
  },
]);
