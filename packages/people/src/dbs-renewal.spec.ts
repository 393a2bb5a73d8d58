import { describe, expect, it } from '@jest/globals';
import { addDays } from '@recordroom/calendar';
import fc from 'fast-check';
import { dbsCheckStatus, dbsRenewalDueOn, isDbsRenewalDue } from './dbs-renewal.js';

describe('isDbsRenewalDue', () => {
  it('is due when no check is on file', () => {
    expect(isDbsRenewalDue(null, '2026-11-02')).toBe(true);
  });

  it('is due on the third anniversary of the last check, not the day before', () => {
    expect(isDbsRenewalDue('2023-11-02', '2026-11-01')).toBe(false);
    expect(isDbsRenewalDue('2023-11-02', '2026-11-02')).toBe(true);
  });

  it('takes the renewal period as a setting', () => {
    expect(isDbsRenewalDue('2024-11-02', '2026-11-02', 2)).toBe(true);
  });
});

describe('dbsRenewalDueOn', () => {
  it('is the anniversary, a 29 February check falling due on 28 February', () => {
    expect(dbsRenewalDueOn('2023-11-02')).toBe('2026-11-02');
    expect(dbsRenewalDueOn('2024-02-29')).toBe('2027-02-28');
    expect(dbsRenewalDueOn(null)).toBeNull();
  });
});

describe('dbsCheckStatus', () => {
  it('is missing, current, due soon in the 28 days before renewal, then due', () => {
    expect(dbsCheckStatus(null, '2026-11-02')).toEqual({ status: 'missing', lastCheck: null, dueOn: null });
    expect(dbsCheckStatus('2023-12-01', '2026-11-02').status).toBe('current'); // 29 days ahead
    expect(dbsCheckStatus('2023-11-30', '2026-11-02').status).toBe('due-soon'); // 28 days ahead
    expect(dbsCheckStatus('2023-11-02', '2026-11-02').status).toBe('renewal-due');
  });

  it('turns due on the same day as isDbsRenewalDue, for any check date and policy', () => {
    const dates = fc.integer({ min: 0, max: 5000 }).map((n) => addDays('2015-01-01', n));
    fc.assert(
      fc.property(dates, dates, fc.integer({ min: 1, max: 5 }), (check, today, years) => {
        expect(dbsCheckStatus(check, today, { renewalYears: years }).status === 'renewal-due').toBe(isDbsRenewalDue(check, today, years));
      }),
    );
  });
});
