import { aRota, anAbsence } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

describeRule('approved-absence', [
  {
    name: 'flags a shift during approved annual leave',
    input: aRota({ work: [['ann', 'late', '2026-03-03']], absences: [anAbsence()] }),
    expected: [
      {
        staffId: 'ann',
        severity: 'hard',
        penalty: 1,
        message: 'Ann Smith is on the late shift on Tue 3 Mar 13:00-21:00 during approved annual leave (Mon 2 Mar to Fri 6 Mar)',
      },
    ],
  },
  {
    name: 'ignores declined and still-requested leave',
    input: aRota({
      work: [['ann', 'late', '2026-03-03']],
      absences: [anAbsence({ status: 'declined' }), anAbsence({ id: 'leave-2', status: 'requested' })],
    }),
    expected: [],
  },
  {
    name: 'lets a night dated the evening before leave starts finish on its first morning',
    input: aRota({ work: [['ann', 'ae-night', '2026-03-02']], absences: [anAbsence({ startDate: '2026-03-03' })] }),
    expected: [],
  },
  {
    name: 'flags only the shifts inside a part-day training session’s hours',
    input: aRota({
      work: [['ann', 'early', '2026-03-04'], ['bo', 'late', '2026-03-04']],
      absences: [
        anAbsence({ id: 't1', kind: 'training', startDate: '2026-03-04', endDate: '2026-03-04', startTime: '09:00', endTime: '12:00' }),
        anAbsence({ id: 't2', staffId: 'bo', kind: 'training', startDate: '2026-03-04', endDate: '2026-03-04', startTime: '09:00', endTime: '12:00' }),
      ],
    }),
    expected: [{ staffId: 'ann', message: 'Ann Smith is on the early shift on Wed 4 Mar 07:00-15:00 during approved training (Wed 4 Mar 09:00-12:00)' }],
  },
]);
