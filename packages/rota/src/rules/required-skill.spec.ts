import { aRota } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

describeRule('required-skill', [
  {
    name: 'flags a person on an A&E evening without the A&E desk skill',
    input: aRota({ work: [['cy', 'ae-evening', '2026-03-02']] }),
    expected: [
      {
        staffId: 'cy',
        penalty: 1,
        severity: 'hard',
        shiftIds: ['ae-evening@2026-03-02'],
        message: 'Cy Patel is on the A&E evening shift on Mon 2 Mar 16:00-Tue 3 Mar 00:30 without the A&E records desk skill it requires',
      },
    ],
  },
  {
    name: 'allows the skilled on skilled shifts and anyone on shifts needing no skill',
    input: aRota({ work: [['ann', 'ae-evening', '2026-03-02'], ['cy', 'early', '2026-03-03']] }),
    expected: [],
  },
  {
    name: 'does not report history before the period',
    input: aRota({ historyFrom: '2026-02-23', work: [['cy', 'ae-evening', '2026-02-24']] }),
    expected: [],
  },
]);
