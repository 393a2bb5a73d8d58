import { type KpiSeriesDto, type KpiSummaryDto } from '@recordroom/contracts';
import { type Readable } from 'node:stream';
import { csvStream } from '../http/csv.js';

/** The summary as CSV for a board paper; csvStream defuses text a spreadsheet would run as a formula. */
export function summaryCsv(summary: KpiSummaryDto): Readable {
  return csvStream(
    ['KPI', 'Name', 'Priority', 'Unit', 'From', 'To', 'Latest period', 'Latest value', 'Numerator', 'Denominator', 'Target', 'Target status', 'Variation', 'Assurance', 'Points', 'Limits recalculated from'],
    summary.rows.map((row) => [
      row.kpiId, row.name, row.facet, row.unit, summary.from, summary.to, row.latest?.period ?? null, row.latest?.value ?? null,
      row.latest?.numerator ?? null, row.latest?.denominator ?? null, row.target, row.targetStatus, row.variationIcon, row.assuranceIcon, row.points,
      row.rebaseAt.join(' '),
    ]),
  );
}

/** One chart's points with their mean, limits and signals. */
export function seriesCsv(series: KpiSeriesDto): Readable {
  return csvStream(
    ['KPI', 'Priority', 'Period', 'Value', 'Mean', 'Lower process limit', 'Upper process limit', 'Lower 2-sigma', 'Upper 2-sigma', 'Special cause', 'Point type'],
    series.spc.points.map((p) => [series.kpiId, series.facet, p.period, p.value, p.mean, p.lpl, p.upl, p.lowerTwoSigma, p.upperTwoSigma, p.specialCause?.label ?? null, p.pointType]),
  );
}
