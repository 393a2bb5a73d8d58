import { describe, expect, it } from '@jest/globals';
import { vacancyPoints } from './kpi-series-points.js';

describe('vacancy % as a KPI point', () => {
  const year = { from: '2026-04-01', to: '2027-03-31' };

  it('is this month’s funded WTE less WTE in post, over funded WTE', () => {
    expect(vacancyPoints({ fundedWte: 10.1, inPostWte: 9.3 }, year, '2026-11-18')).toEqual([{ period: '2026-11-01', value: (100 * 80) / 1010, numerator: 0.8, denominator: 10.1 }]);
  });

  it('is negative when more are in post than are funded, and absent with nothing funded', () => {
    expect(vacancyPoints({ fundedWte: 4, inPostWte: 5 }, year, '2026-11-18')[0]?.value).toBe(-25);
    expect(vacancyPoints({ fundedWte: 0, inPostWte: 5 }, year, '2026-11-18')).toEqual([]);
  });

  it('has no point when the range ends before this month or starts after today: in-post has no history', () => {
    expect(vacancyPoints({ fundedWte: 10, inPostWte: 9 }, { from: '2026-04-01', to: '2026-10-31' }, '2026-11-18')).toEqual([]);
    expect(vacancyPoints({ fundedWte: 10, inPostWte: 9 }, { from: '2026-12-01', to: '2027-03-31' }, '2026-11-18')).toEqual([]);
  });
});
