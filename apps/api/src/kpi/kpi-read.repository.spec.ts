import { describe, expect, it } from '@jest/globals';
import { periodAlignedParts } from './kpi-read.repository.js';

describe('periodAlignedParts', () => {
  it('cuts a year of weeks into runs of whole weeks that cover the range exactly, in order', () => {
    const parts = periodAlignedParts({ from: '2025-11-05', to: '2026-11-02' }, 'week', 4);

    expect(parts).toHaveLength(4);
    expect(parts[0]?.from).toBe('2025-11-05');
    expect(parts[3]?.to).toBe('2026-11-02');
    for (let i = 1; i < parts.length; i += 1) {
      expect(parts[i]?.from).toBe(new Date(Date.parse(`${parts[i - 1]?.to ?? ''}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
      expect(new Date(`${parts[i]?.from ?? ''}T00:00:00Z`).getUTCDay()).toBe(1);
    }
  });

  it('cuts by month starts for monthly periods, and keeps a short range whole', () => {
    expect(periodAlignedParts({ from: '2026-01-15', to: '2026-04-10' }, 'month', 2)).toEqual([
      { from: '2026-01-15', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-04-10' },
    ]);
    expect(periodAlignedParts({ from: '2026-03-02', to: '2026-03-04' }, 'week', 4)).toEqual([{ from: '2026-03-02', to: '2026-03-04' }]);
  });
});
