import { describe, expect, it } from '@jest/globals';
import { probationEndDate, probationStatus } from './probation.js';

describe('probationEndDate', () => {
  it('is the day before the sixth-month anniversary by default', () => {
    expect(probationEndDate({ startDate: '2026-01-05' })).toBe('2026-07-04');
    expect(probationEndDate({ startDate: '2025-08-31', lengthMonths: 6 })).toBe('2026-02-27'); // 28 Feb is the clamped anniversary
  });

  it('follows an extension, and a length set for the post', () => {
    expect(probationEndDate({ startDate: '2026-01-05', extendedTo: '2026-10-04' })).toBe('2026-10-04');
    expect(probationEndDate({ startDate: '2026-01-05', lengthMonths: 3 })).toBe('2026-04-04');
  });
});

describe('probationStatus', () => {
  const probation = { startDate: '2026-01-05' }; // ends Sat 4 Jul 2026

  it('runs, ends soon in the last 28 days, and its review is overdue after the last day', () => {
    expect(probationStatus(probation, '2026-06-05').status).toBe('in-probation'); // 29 days ahead
    expect(probationStatus(probation, '2026-06-06').status).toBe('ending-soon');
    expect(probationStatus(probation, '2026-07-04').status).toBe('ending-soon');
    expect(probationStatus(probation, '2026-07-05')).toEqual({ status: 'review-overdue', endsOn: '2026-07-04' });
  });

  it('is completed once an outcome is recorded', () => {
    expect(probationStatus({ ...probation, outcome: 'passed' }, '2026-08-01').status).toBe('completed');
  });
});
