import { describe, expect, it } from '@jest/globals';
import type { KpiSummaryRowDto } from '@recordroom/contracts';
import { homeKpiRows } from './home-kpis';

function row(kpiId: string, facet: string | null = null): KpiSummaryRowDto {
  return { kpiId, facet, name: kpiId, unit: 'percent', improvementDirection: 'increase', latest: null, target: null, targetStatus: null, variationIcon: null, assuranceIcon: null, points: 0, rebaseAt: [] };
}

describe('homeKpiRows', () => {
  it('keeps one KPI for each part of the service, in a fixed order, leaving out those without data', () => {
    const summary = [
      row('retrieval-median-minutes', 'emergency'),
      row('sar-on-time-percent'),
      row('retrieval-within-target-percent', 'urgent'),
      row('retrieval-within-target-percent', 'emergency'),
      row('clinic-availability-percent'),
      row('not-found-percent'),
    ];
    expect(homeKpiRows(summary).map((r) => `${r.kpiId} ${r.facet ?? ''}`.trim())).toEqual([
      'retrieval-within-target-percent emergency',
      'clinic-availability-percent',
      'sar-on-time-percent',
    ]);
  });

  it('falls back to the summary’s first rows when none of the home KPIs has data yet', () => {
    const summary = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => row(`retrieval-median-minutes-${id}`));
    expect(homeKpiRows(summary)).toHaveLength(5);
    expect(homeKpiRows([])).toEqual([]);
  });
});
