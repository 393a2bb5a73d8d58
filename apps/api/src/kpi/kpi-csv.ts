import { type KpiSeriesDto, type KpiSummaryDto } from '@recordroom/contracts';
import { csvRecord } from '../http/csv.js';

/** The summary as CSV for a board paper; text goes through csvRecord, which defuses spreadsheet formulas. */
export function* summaryCsv(summary: KpiSummaryDto): Generator<string> {
  yield csvRecord(['KPI', 'Name', 'Priority', 'Unit', 'From', 'To', 'Latest period', 'Latest value', 'Numerator', 'Denominator', 'Target', 'Target status', 'Variation', 'Assurance', 'Points', 'Limits recalculated from']);
  for (const row of summary.rows) {
    yield csvRecord([
      row.kpiId, row.name, row.facet, row.unit, summary.from, summary.to, row.latest?.period ?? null, row.latest?.value ?? null,
      row.latest?.numerator ?? null, row.latest?.denominator ?? null, row.target, row.targetStatus, row.variationIcon, row.assuranceIcon, row.points,
      row.rebaseAt.join(' '),
    ]);
  }
}

/** One chart's points with their mean, limits and signals. */
export function* seriesCsv(series: KpiSeriesDto): Generator<string> {
  yield csvRecord(['KPI', 'Priority', 'Period', 'Value', 'Mean', 'Lower process limit', 'Upper process limit', 'Lower 2-sigma', 'Upper 2-sigma', 'Special cause', 'Point type']);
  for (const p of series.spc.points) {
    yield csvRecord([series.kpiId, series.facet, p.period, p.value, p.mean, p.lpl, p.upl, p.lowerTwoSigma, p.upperTwoSigma, p.specialCause?.label ?? null, p.pointType]);
  }
}
