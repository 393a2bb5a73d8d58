import { aCoverRequirement, aRota } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const week = { startDate: '2026-03-02', endDate: '2026-03-08' };
const receptionWithTracker = aCoverRequirement({ locationId: 'reception', shiftTypeId: 'day', minimum: 1, ideal: 2, skillMix: [{ skill: 'tracking', minimum: 1 }] });

describeRule('skill-mix', [
  {
    name: 'flags a shift without the skill mix it needs',
    input: aRota({ period: week, coverRequirements: [receptionWithTracker], work: [['bo', 'day', '2026-03-02']] }),
    expected: [
      {
        staffId: null,
        penalty: 1,
        message: 'The reception day shift on Mon 2 Mar 08:00-16:30 at Outpatient reception has 0 of the 1 staff with the Case-note tracking skill it needs',
      },
    ],
  },
  {
    name: 'is met when one of those on the shift holds the skill',
    input: aRota({ period: week, coverRequirements: [receptionWithTracker], work: [['bo', 'day', '2026-03-02'], ['ann', 'day', '2026-03-02']] }),
    expected: [],
  },
]);
