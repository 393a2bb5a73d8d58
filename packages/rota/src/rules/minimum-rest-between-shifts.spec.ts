import { expect, it } from '@jest/globals';
import { checkRota } from '../check/rota-checker.js';
import { onlyRules } from '../settings/rota-settings.js';
import { aRota, aShiftType, SHIFT_TYPES } from '../test-support/factories.js';
import { describeRule } from '../test-support/describe-rule.js';

const dawn = aShiftType({ id: 'dawn', name: 'Early', start: '05:30', end: '13:30' });
const withDawn = [...Object.values(SHIFT_TYPES), dawn];

describeRule(
  'minimum-rest-between-shifts',
  [
    {
      name: 'flags 8 h 30 min between a late ending 21:00 and an early starting 05:30',
      input: aRota({ shiftTypes: withDawn, work: [['ann', 'late', '2026-03-02'], ['ann', 'dawn', '2026-03-03']] }),
      expected: [
        {
          staffId: 'ann',
          penalty: 150,
          severity: 'soft',
          shiftIds: ['late@2026-03-02', 'dawn@2026-03-03'],
          message: 'Ann Smith would have 8 h 30 min rest between the late shift ending Mon 2 Mar 21:00 and the early shift starting Tue 3 Mar 05:30; 11 h is required',
        },
      ],
    },
    {
      name: 'allows a late followed by a late (16 h rest)',
      input: aRota({ work: [['ann', 'late', '2026-03-02'], ['ann', 'late', '2026-03-03']] }),
      expected: [],
    },
    {
      name: 'measures real time across the spring-forward night: 00:30 to 07:00 on 29 Mar 2026 is 5 h 30 min',
      input: aRota({ work: [['ann', 'ae-evening', '2026-03-28'], ['ann', 'early', '2026-03-29']] }),
      expected: [
        {
          penalty: 330,
          message: 'Ann Smith would have 5 h 30 min rest between the A&E evening shift ending Sun 29 Mar 00:30 and the early shift starting Sun 29 Mar 07:00; 11 h is required',
        },
      ],
    },
    {
      name: 'measures real time when clocks go back: 00:30 to 07:00 on 25 Oct 2026 is 7 h 30 min',
      input: aRota({ period: { startDate: '2026-10-19', endDate: '2026-11-15' }, work: [['ann', 'ae-evening', '2026-10-24'], ['ann', 'early', '2026-10-25']] }),
      expected: [{ penalty: 210, message: /7 h 30 min rest between the A&E evening shift ending Sun 25 Oct 00:30/ }],
    },
    {
      name: 'treats a morning and an afternoon with a 30-minute gap as one split duty, not a short rest',
      input: aRota({ work: [['ann', 'morning', '2026-03-02'], ['ann', 'afternoon', '2026-03-02'], ['ann', 'morning', '2026-03-03']] }),
      expected: [],
    },
    {
      name: 'flags a duty too long to leave 11 h rest in its 24 hours: a late joined to a night',
      input: aRota({ work: [['ann', 'late', '2026-03-02'], ['ann', 'ae-night', '2026-03-02']] }),
      expected: [
        {
          penalty: 300,
          shiftIds: ['late@2026-03-02', 'ae-night@2026-03-02'],
          message: 'Ann Smith would work from Mon 2 Mar 13:00 to Tue 3 Mar 07:00 in one duty, leaving less than 11 h rest in the 24 hours from its start',
        },
      ],
    },
    {
      name: 'reports short rest after the last shift of history, but not between two history shifts',
      input: aRota({
        shiftTypes: withDawn,
        historyFrom: '2026-02-23',
        work: [['ann', 'late', '2026-02-26'], ['ann', 'dawn', '2026-02-27'], ['ann', 'late', '2026-03-01'], ['ann', 'dawn', '2026-03-02']],
      }),
      expected: [{ shiftIds: ['late@2026-03-01', 'dawn@2026-03-02'], penalty: 150 }],
    },
  ],
  () => {
    it('can be made hard, as a trust that does not rely on the hospital derogation would', () => {
      const input = aRota({ shiftTypes: withDawn, work: [['ann', 'late', '2026-03-02'], ['ann', 'dawn', '2026-03-03']] });
      const report = checkRota({ ...input, settings: onlyRules(['minimum-rest-between-shifts'], { rules: { 'minimum-rest-between-shifts': { severity: 'hard' } } }) });
      expect(report.valid).toBe(false);
      expect(report.violations[0]?.severity).toBe('hard');
    });
  },
);
