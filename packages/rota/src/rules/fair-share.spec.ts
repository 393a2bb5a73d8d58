import { aFairnessBaseline, aRota, aStaffMember } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const ANN = aStaffMember();
const DEE = aStaffMember({ id: 'dee', firstName: 'Dee', lastName: 'Okafor' });
const evenings = (staffId: string, dates: readonly string[]) => dates.map((date) => [staffId, 'ae-evening', date] as const);

describeRule('fair-share', [
  {
    name: 'flags a person with two A&E evenings more than a fair share for their hours',
    input: aRota({ staff: [ANN, DEE], work: evenings('ann', ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']) }),
    expected: [
      {
        staffId: 'ann',
        penalty: 1,
        message: 'Ann Smith would have 4 A&E evenings in the 12 months before this period and the period itself, 2 more than a fair share of 2 for 1 WTE; 1 more is tolerated',
      },
    ],
  },
  {
    name: 'tolerates a deviation within the tolerance',
    input: aRota({ staff: [ANN, DEE], work: [...evenings('ann', ['2026-03-02', '2026-03-03']), ...evenings('dee', ['2026-03-04'])] }),
    expected: [],
  },
  {
    name: 'counts the ledger of the 12 months before, so someone who did many before gets fewer now',
    input: aRota({
      staff: [ANN, DEE],
      work: [...evenings('dee', ['2026-03-02', '2026-03-03'])],
      extra: { fairnessBaseline: aFairnessBaseline({ dee: { 'a-and-e-evenings': 10 } }) },
    }),
    expected: [{ staffId: 'dee', penalty: 2, message: /Dee Okafor would have 12 A&E evenings .* 6 more than a fair share of 6/ }],
  },
  {
    name: 'pro-rates the share to contracted hours: 0.6 WTE carries 0.6 of a full-timer’s',
    input: aRota({
      staff: [ANN, aStaffMember({ id: 'pat', firstName: 'Pat', contractedHoursPerWeek: 22.5 })],
      work: [...evenings('ann', ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']), ...evenings('pat', ['2026-03-09', '2026-03-10', '2026-03-11'])],
    }),
    expected: [],
  },
]);
