import { aRota, aShiftType, SHIFT_TYPES } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const noon = aShiftType({ id: 'noon', name: 'Afternoon', start: '12:00', end: '16:00', unpaidBreakMinutes: 0 });

describeRule('no-overlap', [
  {
    name: 'flags an early and a late on the same day by the minutes they share',
    input: aRota({ work: [['ann', 'early', '2026-03-02'], ['ann', 'late', '2026-03-02']] }),
    expected: [
      {
        staffId: 'ann',
        penalty: 120,
        shiftIds: ['early@2026-03-02', 'late@2026-03-02'],
        message: 'Ann Smith is on the early shift on Mon 2 Mar 07:00-15:00 and the late shift on Mon 2 Mar 13:00-21:00 at the same time: they overlap by 2 h',
      },
    ],
  },
  {
    name: 'treats shifts as half-open, so a shift ending at noon and one starting at noon do not overlap',
    input: aRota({ shiftTypes: [...Object.values(SHIFT_TYPES), noon], work: [['ann', 'morning', '2026-03-02'], ['ann', 'noon', '2026-03-02']] }),
    expected: [],
  },
  {
    name: 'flags an A&E evening overlapping the next day’s early only where they meet after midnight',
    input: aRota({
      shiftTypes: [...Object.values(SHIFT_TYPES), aShiftType({ id: 'dawn', name: 'Dawn', start: '00:00', end: '06:00', unpaidBreakMinutes: 0 })],
      work: [['ann', 'ae-evening', '2026-03-02'], ['ann', 'dawn', '2026-03-03']],
    }),
    expected: [{ staffId: 'ann', penalty: 30 }],
  },
]);
