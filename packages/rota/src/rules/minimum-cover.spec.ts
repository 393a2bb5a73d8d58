import { aCoverRequirement, aRota, anAbsence } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const week = { startDate: '2026-03-02', endDate: '2026-03-08' };
const twoOnMondayEarly = aCoverRequirement({ minimum: 2, ideal: 3 });

describeRule('minimum-cover', [
  {
    name: 'flags a shift with fewer than its minimum staff',
    input: aRota({ period: week, coverRequirements: [twoOnMondayEarly], work: [['ann', 'early', '2026-03-02']] }),
    expected: [
      {
        staffId: null,
        penalty: 1,
        weight: 1000,
        shiftIds: ['early@2026-03-02'],
        message: 'The early shift on Mon 2 Mar 07:00-15:00 at Records library has 1 of the minimum 2 staff (1 short)',
      },
    ],
  },
  {
    name: 'does not count someone assigned but away on approved absence',
    input: aRota({
      period: week,
      coverRequirements: [twoOnMondayEarly],
      work: [['ann', 'early', '2026-03-02'], ['cy', 'early', '2026-03-02']],
      absences: [anAbsence({ staffId: 'cy', kind: 'sickness' })],
    }),
    expected: [{ penalty: 1 }],
  },
  {
    name: 'does not count someone without the shift’s required skill',
    input: aRota({ period: week, coverRequirements: [aCoverRequirement({ locationId: 'ae', shiftTypeId: 'ae-evening' })], work: [['cy', 'ae-evening', '2026-03-02']] }),
    expected: [{ penalty: 1, message: /A&E evening shift on Mon 2 Mar 16:00-00:30 at A&E records desk has 0 of the minimum 1/ }],
  },
  {
    name: 'reports a required shift nobody has created yet, multiplying the weight by the requirement’s',
    input: aRota({ period: week, coverRequirements: [aCoverRequirement({ appliesTo: { date: '2026-03-03' }, weights: { belowMinimum: 3 } })] }),
    expected: [{ penalty: 1, weight: 3000, shiftIds: [], message: 'The early shift on Tue 3 Mar 07:00-15:00 at Records library has 0 of the minimum 1 staff (1 short)' }],
  },
  {
    name: 'is met by enough counted staff',
    input: aRota({ period: week, coverRequirements: [twoOnMondayEarly], work: [['ann', 'early', '2026-03-02'], ['cy', 'early', '2026-03-02']] }),
    expected: [],
  },
  {
    name: 'lets a date’s own requirement replace the weekday’s',
    input: aRota({
      period: week,
      coverRequirements: [twoOnMondayEarly, aCoverRequirement({ id: 'cover-2', appliesTo: { date: '2026-03-02' }, minimum: 1 })],
      work: [['ann', 'early', '2026-03-02']],
    }),
    expected: [],
  },
]);
