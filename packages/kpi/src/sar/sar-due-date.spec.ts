import { describe, expect, it } from '@jest/globals';
import { sarDueDate } from './sar-due-date.js';

describe('sarDueDate', () => {
  it('runs to the corresponding date next month, counting the day of receipt (ICO: 3 Sep → 3 Oct)', () => {
    expect(sarDueDate('2025-09-03')).toBe('2025-10-03');
  });

  it('ends on the last day of a shorter month: 31 January → 28 February', () => {
    expect(sarDueDate('2025-01-31')).toBe('2025-02-28');
  });

  it('ends on 29 February in a leap year', () => {
    expect(sarDueDate('2024-01-31')).toBe('2024-02-29');
    expect(sarDueDate('2024-01-30')).toBe('2024-02-29');
  });

  it('moves a Saturday or Sunday deadline to Monday', () => {
    // 28 Feb 2026 is a Saturday.
    expect(sarDueDate('2026-01-31')).toBe('2026-03-02');
    // 5 Oct 2025 is a Sunday.
    expect(sarDueDate('2025-09-05')).toBe('2025-10-06');
  });

  it('moves a bank-holiday deadline to the next working day', () => {
    // 26 May 2025 is the spring bank holiday (a Monday).
    expect(sarDueDate('2025-04-26')).toBe('2025-05-27');
    // 25 Dec 2025 (Thursday) and 26 Dec (Friday) are bank holidays, then a weekend.
    expect(sarDueDate('2025-11-25')).toBe('2025-12-29');
  });

  it('starts the month when identity or a fee arrived, if later', () => {
    expect(sarDueDate('2025-03-03', { clockStartsOn: '2025-03-10' })).toBe('2025-04-10');
    expect(() => sarDueDate('2025-03-03', { clockStartsOn: '2025-03-01' })).toThrow(RangeError);
  });

  it('adds the days the clock was stopped for clarification', () => {
    // Stopped 5 March, resumed 12 March: 7 days on top of 3 April → Thursday 10 April.
    expect(sarDueDate('2025-03-03', { pauses: [{ from: '2025-03-05', to: '2025-03-12' }] })).toBe('2025-04-10');
    expect(
      sarDueDate('2025-03-03', {
        pauses: [
          { from: '2025-03-05', to: '2025-03-07' },
          { from: '2025-03-10', to: '2025-03-11' },
        ],
      }),
    ).toBe('2025-04-07');
  });

  it('has no due date while the clock is stopped', () => {
    expect(sarDueDate('2025-03-03', { pauses: [{ from: '2025-03-05', to: null }] })).toBeNull();
  });

  it('refuses a pause that ends before it starts', () => {
    expect(() => sarDueDate('2025-03-03', { pauses: [{ from: '2025-03-05', to: '2025-03-04' }] })).toThrow(RangeError);
  });

  it('extends to three months from the start, with the same end-of-month and working-day rules', () => {
    expect(sarDueDate('2025-01-31', { extension: true })).toBe('2025-04-30');
    expect(sarDueDate('2023-11-30', { extension: true })).toBe('2024-02-29');
    // 3 months from 3 Feb 2025 is Saturday 3 May, then Monday 5 May is the early May bank holiday.
    expect(sarDueDate('2025-02-03', { extension: true })).toBe('2025-05-06');
  });

  it('throws outside the years with known bank holidays', () => {
    expect(() => sarDueDate('2031-01-06')).toThrow(RangeError);
  });
});
