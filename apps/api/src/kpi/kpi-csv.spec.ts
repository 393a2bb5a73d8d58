import { describe, expect, it } from '@jest/globals';
import { type KpiSeriesDto, type KpiSummaryDto, type KpiSummaryRowDto } from '@recordroom/contracts';
import { kpiDefinition, spc } from '@recordroom/kpi';
import { type Readable } from 'node:stream';
import { seriesCsv, summaryCsv } from './kpi-csv.js';

async function linesOf(csv: Readable): Promise<string[]> {
  csv.setEncoding('utf8');
  let text = '';
  for await (const chunk of csv) text += chunk as string;
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

function aSummaryRow(overrides: Partial<KpiSummaryRowDto> = {}): KpiSummaryRowDto {
  return {
    kpiId: 'not-found-percent',
    name: 'Records not found',
    unit: 'percent',
    improvementDirection: 'decrease',
    facet: null,
    latest: { period: '2026-03-02', value: 1.5, numerator: 3, denominator: 200 },
    target: 1,
    targetStatus: 'verified',
    variationIcon: 'common-cause',
    assuranceIcon: 'inconsistent',
    points: 26,
    rebaseAt: [],
    ...overrides,
  };
}

describe('the KPI summary as CSV', () => {
  it('has the board paper header, then one line per KPI', async () => {
    const summary: KpiSummaryDto = {
      from: '2025-09-01',
      to: '2026-03-08',
      granularity: 'week',
      rows: [aSummaryRow(), aSummaryRow({ kpiId: 'retrieval-median-minutes', name: 'Retrieval time, median', facet: 'emergency', unit: 'minutes', rebaseAt: ['2025-11-03', '2026-01-05'] })],
    };

    const [header, ...rows] = await linesOf(summaryCsv(summary));

    expect(header).toBe('KPI,Name,Priority,Unit,From,To,Latest period,Latest value,Numerator,Denominator,Target,Target status,Variation,Assurance,Points,Limits recalculated from');
    expect(rows).toEqual([
      'not-found-percent,Records not found,,percent,2025-09-01,2026-03-08,2026-03-02,1.5,3,200,1,verified,common-cause,inconsistent,26,',
      'retrieval-median-minutes,"Retrieval time, median",emergency,minutes,2025-09-01,2026-03-08,2026-03-02,1.5,3,200,1,verified,common-cause,inconsistent,26,2025-11-03 2026-01-05',
    ]);
  });

  it('leaves the latest value, target and icons empty for a KPI with no points', async () => {
    const summary: KpiSummaryDto = {
      from: '2025-09-01',
      to: '2026-03-08',
      granularity: 'week',
      rows: [aSummaryRow({ latest: null, target: null, targetStatus: null, variationIcon: null, assuranceIcon: null, points: 0 })],
    };

    const [, row] = await linesOf(summaryCsv(summary));

    expect(row).toBe('not-found-percent,Records not found,,percent,2025-09-01,2026-03-08,,,,,,,,,0,');
  });
});

describe('a KPI chart as CSV', () => {
  it('has one line per point with its mean, limits and signals, a negative limit written as a number', async () => {
    const chart = spc([2, 0, 3, 0, 2, 1].map((value, day) => ({ period: `2026-01-0${day + 1}`, value })));
    const series: KpiSeriesDto = { kpiId: 'retrieval-median-minutes', facet: 'emergency', definition: kpiDefinition('retrieval-median-minutes'), spc: chart };
    const first = chart.points[0];
    if (!first || first.lpl === null) throw new Error('The chart needs a lower process limit');
    expect(first.lpl).toBeLessThan(0);

    const [header, ...rows] = await linesOf(seriesCsv(series));

    expect(header).toBe('KPI,Priority,Period,Value,Mean,Lower process limit,Upper process limit,Lower 2-sigma,Upper 2-sigma,Special cause,Point type');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toBe(
      ['retrieval-median-minutes', 'emergency', '2026-01-01', '2', first.mean, first.lpl, first.upl, first.lowerTwoSigma, first.upperTwoSigma, '', first.pointType].map(String).join(','),
    );
  });
});
