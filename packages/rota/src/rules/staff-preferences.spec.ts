import { aRota } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

describeRule('staff-preferences', [
  {
    name: 'flags a shift on a day the person asked to have off, weighted by the request',
    input: aRota({
      work: [['ann', 'early', '2026-03-02']],
      preferences: [{ staffId: 'ann', date: '2026-03-02', shiftTypeId: null, kind: 'off', weight: 2 }],
    }),
    expected: [{ staffId: 'ann', penalty: 1, weight: 120, message: 'Ann Smith asked not to work on Mon 2 Mar but is on the early shift on Mon 2 Mar 07:00-15:00 (weight 2)' }],
  },
  {
    name: 'flags a different shift on a day the person asked to work a late',
    input: aRota({
      work: [['ann', 'early', '2026-03-03']],
      preferences: [{ staffId: 'ann', date: '2026-03-03', shiftTypeId: 'late', kind: 'on', weight: 1 }],
    }),
    expected: [{ penalty: 1, weight: 60, message: 'Ann Smith asked to work the late shift on Tue 3 Mar but is on the early shift on Tue 3 Mar 07:00-15:00 (weight 1)' }],
  },
  {
    name: 'flags a day off when the person asked to work',
    input: aRota({ preferences: [{ staffId: 'ann', date: '2026-03-03', shiftTypeId: null, kind: 'on', weight: 3 }] }),
    expected: [{ penalty: 1, weight: 180, message: 'Ann Smith asked to work on Tue 3 Mar but is off (weight 3)' }],
  },
  {
    name: 'is satisfied by a different shift when the person asked not to work a late',
    input: aRota({
      work: [['ann', 'early', '2026-03-03']],
      preferences: [{ staffId: 'ann', date: '2026-03-03', shiftTypeId: 'late', kind: 'off', weight: 1 }],
    }),
    expected: [],
  },
]);
