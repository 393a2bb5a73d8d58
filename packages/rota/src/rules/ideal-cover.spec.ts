import { aCoverRequirement, aRota } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const week = { startDate: '2026-03-02', endDate: '2026-03-08' };
const requirement = aCoverRequirement({ minimum: 1, ideal: 3 });

describeRule('ideal-cover', [
  {
    name: 'flags a shift between its minimum and its ideal',
    input: aRota({ period: week, coverRequirements: [requirement], work: [['ann', 'early', '2026-03-02'], ['cy', 'early', '2026-03-02']] }),
    expected: [{ staffId: null, penalty: 1, weight: 100, message: 'The early shift on Mon 2 Mar 07:00-15:00 at Records library has 2 of the ideal 3 staff' }],
  },
  {
    name: 'counts only the people short between minimum and ideal, leaving the rest to minimum cover',
    input: aRota({ period: week, coverRequirements: [requirement], emptyShifts: [['early', '2026-03-02']] }),
    expected: [{ penalty: 2 }],
  },
  {
    name: 'is met at the ideal',
    input: aRota({ period: week, coverRequirements: [requirement], work: [['ann', 'early', '2026-03-02'], ['bo', 'early', '2026-03-02'], ['cy', 'early', '2026-03-02']] }),
    expected: [],
  },
]);
