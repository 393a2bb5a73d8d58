import { describe, expect, it } from '@jest/globals';
import { localDate, periodStart, periodStartOfDate } from './period.js';

describe('periodStartOfDate', () => {
  it('starts weeks on Monday', () => {
    expect(periodStartOfDate('2025-03-13', 'week')).toBe('2025-03-10');
    expect(periodStartOfDate('2025-03-10', 'week')).toBe('2025-03-10');
    expect(periodStartOfDate('2025-03-16', 'week')).toBe('2025-03-10');
  });

  it('starts months on the first', () => {
    expect(periodStartOfDate('2024-02-29', 'month')).toBe('2024-02-01');
  });
});

describe('periodStart', () => {
  it('buckets by the local date, so 00:30 BST on 1 April is April', () => {
    expect(localDate('2025-03-31T23:30:00.000Z')).toBe('2025-04-01');
    expect(periodStart('2025-03-31T23:30:00.000Z', 'month')).toBe('2025-04-01');
  });

  it('buckets a winter evening by its GMT date', () => {
    expect(periodStart('2025-01-31T23:30:00.000Z', 'month')).toBe('2025-01-01');
  });
});
