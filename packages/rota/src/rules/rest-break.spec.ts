import { aRota, aShiftType, SHIFT_TYPES } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

describeRule('rest-break', [
  {
    name: 'flags 6 h 30 min of work with no break',
    input: aRota({ work: [['ann', 'long', '2026-03-02']] }),
    expected: [
      {
        staffId: 'ann',
        penalty: 20,
        severity: 'soft',
        message: 'Ann Smith would work 6 h 30 min on the long day shift on Mon 2 Mar 08:00-14:30 with no break; 20 min is required after 6 h',
      },
    ],
  },
  {
    name: 'accepts a shift with a 30-minute unpaid break',
    input: aRota({ work: [['ann', 'early', '2026-03-02']] }),
    expected: [],
  },
  {
    name: 'accepts a split day whose 30-minute gap between shifts is the break',
    input: aRota({ work: [['ann', 'morning', '2026-03-02'], ['ann', 'afternoon', '2026-03-02']] }),
    expected: [],
  },
  {
    name: 'accepts a paid 20-minute break',
    input: aRota({
      shiftTypes: [...Object.values(SHIFT_TYPES).filter((t) => t.id !== 'long'), aShiftType({ id: 'long', name: 'Long day', start: '08:00', end: '14:30', unpaidBreakMinutes: 0, paidBreakMinutes: 20 })],
      work: [['ann', 'long', '2026-03-02']],
    }),
    expected: [],
  },
  {
    name: 'does not need a break for exactly 6 hours of work',
    input: aRota({
      shiftTypes: [...Object.values(SHIFT_TYPES), aShiftType({ id: 'six', name: 'Six', start: '08:00', end: '14:00', unpaidBreakMinutes: 0 })],
      work: [['ann', 'six', '2026-03-02']],
    }),
    expected: [],
  },
]);
