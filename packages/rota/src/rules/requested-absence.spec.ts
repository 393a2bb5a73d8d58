import { aRota, anAbsence } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

describeRule('requested-absence', [
  {
    name: 'warns about a shift on a day of undecided leave',
    input: aRota({ work: [['ann', 'late', '2026-03-03']], absences: [anAbsence({ status: 'requested', startDate: '2026-03-03', endDate: '2026-03-03' })] }),
    expected: [
      {
        staffId: 'ann',
        severity: 'soft',
        penalty: 1,
        message: 'Ann Smith is on the late shift on Tue 3 Mar 13:00-21:00 during requested annual leave (Tue 3 Mar)',
      },
    ],
  },
  {
    name: 'says nothing once the request is declined',
    input: aRota({ work: [['ann', 'late', '2026-03-03']], absences: [anAbsence({ status: 'declined' })] }),
    expected: [],
  },
]);
