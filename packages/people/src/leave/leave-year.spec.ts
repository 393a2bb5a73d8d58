import { describe, expect, it } from '@jest/globals';
import { addDays } from '@recordroom/calendar';
import fc from 'fast-check';
import { DEFAULT_LEAVE_YEAR_RULE, leaveYearContaining, type LeaveYearRule } from './leave-year.js';

describe('leaveYearContaining', () => {
  it('runs 1 April to 31 March by default', () => {
    expect(leaveYearContaining('2026-03-31', DEFAULT_LEAVE_YEAR_RULE)).toEqual({ start: '2025-04-01', end: '2026-03-31' });
    expect(leaveYearContaining('2026-04-01', DEFAULT_LEAVE_YEAR_RULE)).toEqual({ start: '2026-04-01', end: '2027-03-31' });
  });

  it('runs from the anniversary of joining the employer', () => {
    expect(leaveYearContaining('2026-06-14', { kind: 'anniversary' }, '2019-06-15')).toEqual({ start: '2025-06-15', end: '2026-06-14' });
    expect(leaveYearContaining('2026-06-15', { kind: 'anniversary' }, '2019-06-15')).toEqual({ start: '2026-06-15', end: '2027-06-14' });
  });

  it('starts a 29 February joiner’s leave year on 28 February in common years', () => {
    expect(leaveYearContaining('2026-03-10', { kind: 'anniversary' }, '2024-02-29')).toEqual({ start: '2026-02-28', end: '2027-02-27' });
    expect(leaveYearContaining('2028-03-10', { kind: 'anniversary' }, '2024-02-29')).toEqual({ start: '2028-02-29', end: '2029-02-27' });
  });

  it('refuses the anniversary rule without a start date', () => {
    expect(() => leaveYearContaining('2026-03-10', { kind: 'anniversary' })).toThrow('needs the employment start date');
  });

  it('always contains the date, and the next year starts the day after it ends', () => {
    const dates = fc.integer({ min: 0, max: 9000 }).map((n) => addDays('2005-01-01', n));
    const rules: fc.Arbitrary<LeaveYearRule> = fc.oneof(
      fc.record({ kind: fc.constant('fixed-date' as const), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }),
      fc.constant({ kind: 'anniversary' as const }),
    );
    fc.assert(
      fc.property(dates, rules, dates, (date, rule, joined) => {
        const year = leaveYearContaining(date, rule, joined);
        expect(year.start <= date && date <= year.end).toBe(true);
        expect(leaveYearContaining(addDays(year.end, 1), rule, joined).start).toBe(addDays(year.end, 1));
      }),
    );
  });
});
