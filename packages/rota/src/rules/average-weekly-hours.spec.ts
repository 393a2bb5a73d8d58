import { aRota, anAbsence, ANN, aStaffMember, daysFrom, type Work } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

// 17 weeks before Monday 2 March 2026: the first 17-week window ending in the period starts here.
const HISTORY_FROM = '2025-11-03';
const lates = (from: string, count: number, staffId = 'ann'): Work[] => daysFrom(from, count).map((date) => [staffId, 'late', date] as const);
// A late every day from 3 Nov 2025 to 29 Mar 2026: 7 x 7 h 30 min = 52 h 30 min a week.
const everyDay = lates(HISTORY_FROM, 147);

describeRule('average-weekly-hours', [
  {
    name: 'flags 52 h 30 min a week over 17 weeks for someone who has not opted out',
    input: aRota({ historyFrom: HISTORY_FROM, work: everyDay }),
    expected: [
      {
        staffId: 'ann',
        severity: 'hard',
        penalty: 270,
        shiftIds: ['late@2026-03-02'],
        message: 'Ann Smith would average 52 h 30 min a week over the 17 weeks to Mon 2 Mar, 4 h 30 min over the 48 h limit; it applies unless they opt out in writing',
      },
    ],
  },
  {
    name: 'does not apply to someone who has opted out in writing',
    input: aRota({ historyFrom: HISTORY_FROM, work: everyDay, staff: [aStaffMember({ workingTimeOptOut: true })] }),
    expected: [],
  },
  {
    name: 'leaves annual leave out of the average instead of letting it dilute the hours',
    // Three weeks of leave in January with no work: averaged over all 17 weeks it would be 43 h.
    input: aRota({
      historyFrom: HISTORY_FROM,
      work: everyDay.filter(([, , date]) => date < '2026-01-05' || date > '2026-01-25'),
      absences: [anAbsence({ startDate: '2026-01-05', endDate: '2026-01-25' })],
    }),
    expected: [{ staffId: 'ann', penalty: 270, message: /over the 17 weeks to Mon 2 Mar/ }],
  },
  {
    name: 'assumes contracted hours before the history supplied, so a busy month alone is not a breach',
    input: aRota({ work: lates('2026-03-02', 28), staff: [ANN] }),
    expected: [],
  },
]);
