import { describe, expect, it } from '@jest/globals';
import { aCoverRequirement, aRota } from '../test-support/factories.js';
import { findGaps } from './find-gaps.js';
import { gapHeatmap } from './gap-heatmap.js';

describe('gapHeatmap', () => {
  it('lays gaps out as rows of location and shift type by columns of date, with totals', () => {
    const period = { startDate: '2026-03-02', endDate: '2026-03-04' };
    const input = aRota({
      period,
      coverRequirements: [
        aCoverRequirement({ minimum: 2, ideal: 2, appliesTo: { weekday: 1 } }),
        aCoverRequirement({ id: 'c2', minimum: 1, ideal: 2, appliesTo: { weekday: 2 } }),
        aCoverRequirement({ id: 'c3', locationId: 'ae', shiftTypeId: 'ae-evening', appliesTo: { weekday: 3 } }),
      ],
      work: [['ann', 'early', '2026-03-02'], ['cy', 'early', '2026-03-03']],
    });
    const heatmap = gapHeatmap(findGaps(input), period);
    expect(heatmap.dates).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect(heatmap.rows).toEqual([
      { locationId: 'ae', shiftTypeId: 'ae-evening' },
      { locationId: 'library', shiftTypeId: 'early' },
    ]);
    expect(heatmap.cells.map((row) => row.map((cell) => `${cell.level}:${cell.shortfall}`))).toEqual([
      ['no-requirement:0', 'no-requirement:0', 'below-minimum:1'],
      ['below-minimum:1', 'below-ideal:0', 'no-requirement:0'],
    ]);
    expect(heatmap.totals).toEqual({ byDate: [1, 0, 1], byRow: [1, 1], overall: 2 });
    expect(heatmap.maxShortfall).toBe(1);
  });
});
