import { describe, expect, it } from '@jest/globals';
import { chartRebaseKey, kpiFiltersFrom, kpiFiltersSearch, withChartRebase } from './kpi-filters';

describe('the KPI filters in the address', () => {
  it('keeps each chart’s recalculated limits, so a rebased dashboard prints and shares as seen', () => {
    const filters = kpiFiltersFrom(new URLSearchParams('granularity=week&rebase=retrieval-p90-minutes.emergency@2026-06-08,sar-on-time-percent@2026-06-01'));
    expect(filters.rebase).toEqual(['retrieval-p90-minutes.emergency@2026-06-08', 'sar-on-time-percent@2026-06-01']);
    expect(kpiFiltersFrom(new URLSearchParams(kpiFiltersSearch(filters).slice(1)))).toEqual(filters);
  });

  it('drops a malformed rebase rather than send it', () => {
    expect(kpiFiltersFrom(new URLSearchParams('rebase=retrieval-p90-minutes.emergency@soon,<script>@2026-06-08')).rebase).toEqual([]);
  });

  it('replaces or removes one chart’s rebase and leaves the others', () => {
    const key = chartRebaseKey('retrieval-p90-minutes', 'emergency');
    const rebase = ['retrieval-p90-minutes.emergency@2026-06-08', 'retrieval-p90-minutes.urgent@2026-06-08'];
    expect(withChartRebase(rebase, key, '2026-07-06')).toEqual(['retrieval-p90-minutes.urgent@2026-06-08', 'retrieval-p90-minutes.emergency@2026-07-06']);
    expect(withChartRebase(rebase, key, null)).toEqual(['retrieval-p90-minutes.urgent@2026-06-08']);
    expect(withChartRebase(['sar-on-time-percent@2026-06-01'], chartRebaseKey('sar-on-time-percent', null), null)).toEqual([]);
  });
});
