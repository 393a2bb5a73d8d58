import { describe, expect, it } from '@jest/globals';
import type { FilingBacklogSnapshot } from '../events/filing-backlog-snapshot.js';
import { computeFilingBacklog } from './compute-filing-backlog.js';

function aSnapshot(overrides: Partial<FilingBacklogSnapshot> = {}): FilingBacklogSnapshot {
  return { takenOn: '2025-03-07', location: 'Records library', items: 100, oldestItemReceivedOn: '2025-03-03', ...overrides };
}

describe('computeFilingBacklog', () => {
  it('uses only the last snapshot date, summing locations and taking the oldest item anywhere', () => {
    const backlog = computeFilingBacklog([
      aSnapshot({ takenOn: '2025-03-03', items: 999 }),
      aSnapshot({ items: 100, oldestItemReceivedOn: '2025-03-05' }),
      aSnapshot({ location: 'Ward 4', items: 20, oldestItemReceivedOn: '2025-02-28' }),
    ]);
    expect(backlog).toEqual({ takenOn: '2025-03-07', items: 120, oldestItemWorkingDays: 5 });
  });

  it('is zero days old when nothing is waiting', () => {
    expect(computeFilingBacklog([aSnapshot({ items: 0, oldestItemReceivedOn: null })])).toEqual({
      takenOn: '2025-03-07',
      items: 0,
      oldestItemWorkingDays: 0,
    });
  });

  it('has no value without snapshots', () => {
    expect(computeFilingBacklog([])).toBeNull();
  });
});
