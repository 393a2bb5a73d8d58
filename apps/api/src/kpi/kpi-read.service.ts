import { Injectable } from '@nestjs/common';
import { type IsoDate } from '@recordroom/calendar';
import {
  type ChartRebase,
  type DistributionQuery,
  type KpiPoint,
  type KpiSeriesDto,
  type KpiSummaryDto,
  type KpiSummaryRowDto,
  type RetrievalDistributionDto,
  type SeriesQuery,
  type SummaryQuery,
} from '@recordroom/contracts';
import { DEFAULT_RETRIEVAL_TARGETS, kpiDefinition, periodStartOfDate, spc, type KpiId, type PeriodGranularity, type RequestPriority } from '@recordroom/kpi';
import { financialYearOf } from '@recordroom/pay';
import { type CurrentUser } from '../auth/current-user.js';
import { invalidRequest, notFound } from '../http/problem.js';
import { KpiReadRepository, type RetrievalAggregate } from './kpi-read.repository.js';
import { kpiRange, type KpiRange } from './kpi-range.js';
import { type KpiScope } from './kpi-scope.js';
import { KpiScopeResolver } from './kpi-scope.resolver.js';
import { kpiChart, KPI_CHARTS, type KpiChart } from './kpi-series-catalogue.js';
import { clinicAvailabilityPoints, filingPoints, outcomePoints, retrievalPoints, sarOnTimePoints, sicknessPoints, trainingCompliancePoints, vacancyPoints } from './kpi-series-points.js';
import { Clock } from '../time/clock.js';

/** Which stored events a chart is drawn from. */
type KpiSource = 'retrieval' | 'clinic-pulls' | 'filing' | 'sars' | 'sickness' | 'training' | 'establishment';

/** The aggregates one request needs, fetched once and shared by every chart drawn from them. */
type Fetched = Partial<Record<KpiSource, Promise<unknown>>>;

/**
 * The KPI read side: SQL aggregates (KpiReadRepository), then the domain package for what a
 * person sees: ratios, the SAR clock, the filing backlog, SPC limits, rules and icons.
 */
@Injectable()
export class KpiReadService {
  constructor(
    private readonly repository: KpiReadRepository,
    private readonly scopes: KpiScopeResolver,
    private readonly clock: Clock,
  ) {}

  async summary(user: CurrentUser, query: SummaryQuery): Promise<KpiSummaryDto> {
    const scope = await this.scopes.forReading(user, query.departmentId);
    const today = this.clock.today();
    const range = kpiRange(query, query.granularity, today);
    const rebases = rebasesByChart(query.rebaseAt, query.granularity);
    const fetched: Fetched = {};
    const series = await Promise.all(KPI_CHARTS.map(async (chart) => ({ chart, points: await this.points(chart, scope, range, query.granularity, today, fetched) })));
    const rows = series.filter(({ points }) => points.length > 0).map(({ chart, points }) => summaryRow(chart, points, rebases.get(chartKey(chart)) ?? []));
    return { from: range.from, to: range.to, granularity: query.granularity, rows };
  }

  async series(user: CurrentUser, kpiId: string, query: SeriesQuery): Promise<KpiSeriesDto> {
    const chart = chartOf(kpiId, query.facet);
    const scope = await this.scopes.forReading(user, query.departmentId);
    const today = this.clock.today();
    const range = kpiRange(query, query.granularity, today);
    const points = await this.points(chart, scope, range, query.granularity, today, {});
    const periods = new Set(points.map((point) => point.period));
    const unknown = query.rebaseAt.filter((period) => !periods.has(period));
    if (unknown.length > 0) throw invalidRequest([{ field: 'rebaseAt', message: `must name period starts of the series; ${unknown.join(', ')} is not one` }]);
    return { kpiId: chart.definition.id, facet: chart.facet, definition: chart.definition, spc: chartSpc(chart, points, query.rebaseAt) };
  }

  async retrievalDistribution(user: CurrentUser, query: DistributionQuery): Promise<RetrievalDistributionDto> {
    const scope = await this.scopes.forReading(user, query.departmentId);
    const range = kpiRange(query, 'week', this.clock.today());
    const rows = await this.repository.retrievalByPeriodAndPriority(scope, range, 'week', DEFAULT_RETRIEVAL_TARGETS, true);
    return {
      from: range.from,
      to: range.to,
      weeks: rows.map((row) => {
        const { p10, p25, median, p75, p90 } = row;
        return {
          weekStart: row.period,
          priority: row.priority,
          count: row.requests,
          p10,
          p25,
          median,
          p75,
          p90,
          withinTargetPercent: row.requests === 0 ? null : (100 * row.withinTarget) / row.requests,
          targetMinutes: DEFAULT_RETRIEVAL_TARGETS[row.priority].maxMinutes,
        };
      }),
    };
  }

  /** The points of one chart, fetching each source's aggregate at most once per request. */
  private async points(chart: KpiChart, scope: KpiScope, range: KpiRange, granularity: PeriodGranularity, today: IsoDate, fetched: Fetched): Promise<KpiPoint[]> {
    // A monthly KPI (SAR answered on time, staff KPIs) stays monthly whatever the page's granularity.
    const period: PeriodGranularity = chart.definition.period === 'month' ? 'month' : granularity;
    const once = <T>(source: KpiSource, load: () => Promise<T>): Promise<T> => (fetched[source] ??= load()) as Promise<T>;
    const retrieval = (): Promise<RetrievalAggregate[]> => once('retrieval', () => this.repository.retrievalByPeriodAndPriority(scope, range, period, DEFAULT_RETRIEVAL_TARGETS));
    switch (chart.definition.id) {
      case 'retrieval-median-minutes':
      case 'retrieval-p90-minutes':
      case 'retrieval-within-target-percent':
        return retrievalPoints(await retrieval(), chart.definition.id, chart.facet as RequestPriority);
      case 'not-found-percent':
        return outcomePoints(await retrieval(), 'notFound');
      case 'temporary-notes-percent':
        return outcomePoints(await retrieval(), 'temporaryNotes');
      case 'clinic-availability-percent':
        return clinicAvailabilityPoints(await once('clinic-pulls', () => this.repository.clinicAvailabilityByPeriod(scope, range, period)));
      case 'filing-backlog-items':
        return filingPoints(await once('filing', () => this.repository.filingSnapshots(scope, range)), period, 'items');
      case 'filing-backlog-oldest-working-days':
        return filingPoints(await once('filing', () => this.repository.filingSnapshots(scope, range)), period, 'oldestItemWorkingDays');
      case 'sar-on-time-percent':
        return sarOnTimePoints(await once('sars', () => this.repository.sarsDueIn(scope, range)), range, today);
      case 'sickness-absence-percent':
        return sicknessPoints(await once('sickness', () => this.repository.sicknessAbsenceByMonth(scope, range)));
      case 'training-compliance-percent':
        return trainingCompliancePoints(await once('training', () => this.repository.trainingRecords(scope)), range, today);
      case 'data-security-training-percent':
        return trainingCompliancePoints(await once('training', () => this.repository.trainingRecords(scope)), range, today, 'data-security-awareness');
      case 'vacancy-percent':
        return vacancyPoints(await once('establishment', () => this.repository.establishmentWte(scope, financialYearOf(today))), range, today);
      default:
        // A KPI no module records yet (see docs/kpi.md) is left out.
        return [];
    }
  }
}

function chartOf(kpiId: string, facet: RequestPriority | undefined): KpiChart {
  let definition;
  try {
    definition = kpiDefinition(kpiId as KpiId);
  } catch {
    throw notFound('KPI');
  }
  if (definition.facet === 'priority' && facet === undefined) throw invalidRequest([{ field: 'facet', message: `is required for ${kpiId}: one of the request priorities` }]);
  if (definition.facet === null && facet !== undefined) throw invalidRequest([{ field: 'facet', message: `${kpiId} has no facets` }]);
  return kpiChart(definition, facet ?? null);
}

function chartSpc(chart: KpiChart, points: readonly KpiPoint[], rebaseAt: readonly string[] = []): KpiSeriesDto['spc'] {
  return spc(
    points.map(({ period, value }) => ({ period, value })),
    { improvementDirection: chart.definition.improvementDirection, target: chart.target?.value ?? null, rebaseAt },
  );
}

/** How a chart is named in the summary's `rebaseAt`: `kpiId` or `kpiId.facet`. */
function chartKey(chart: KpiChart): string {
  return chart.facet === null ? chart.definition.id : `${chart.definition.id}.${chart.facet}`;
}

/**
 * The summary's rebases by chart. An unknown chart, or a date that does not start one of the
 * chart's periods (a Monday for weekly charts, the 1st for monthly ones), is a 400.
 */
function rebasesByChart(rebases: readonly ChartRebase[], granularity: PeriodGranularity): Map<string, string[]> {
  const charts = new Map(KPI_CHARTS.map((chart) => [chartKey(chart), chart]));
  const byChart = new Map<string, string[]>();
  for (const rebase of rebases) {
    const key = rebase.facet === null ? rebase.kpiId : `${rebase.kpiId}.${rebase.facet}`;
    const chart = charts.get(key);
    if (chart === undefined) throw invalidRequest([{ field: 'rebaseAt', message: `names no KPI chart: ${key}` }]);
    const period: PeriodGranularity = chart.definition.period === 'month' ? 'month' : granularity;
    if (periodStartOfDate(rebase.period, period) !== rebase.period) {
      throw invalidRequest([{ field: 'rebaseAt', message: `${key}@${rebase.period} is not the start of a ${period}` }]);
    }
    byChart.set(key, [...(byChart.get(key) ?? []), rebase.period]);
  }
  return byChart;
}

/**
 * A summary row, its icons from limits recalculated at the asked periods that are points of the
 * series (a rebase the range has no point for, say an old one in a shared link, is not applied).
 */
function summaryRow(chart: KpiChart, points: readonly KpiPoint[], rebaseAt: readonly string[]): KpiSummaryRowDto {
  const periods = new Set(points.map((point) => point.period));
  const applied = [...new Set(rebaseAt)].filter((period) => periods.has(period)).sort();
  const chartSpcResult = chartSpc(chart, points, applied);
  const last = points[points.length - 1];
  return {
    kpiId: chart.definition.id,
    name: chart.definition.name,
    unit: chart.definition.unit,
    improvementDirection: chart.definition.improvementDirection,
    facet: chart.facet,
    latest: last === undefined ? null : { ...last },
    target: chart.target?.value ?? null,
    targetStatus: chart.target?.status ?? null,
    variationIcon: chartSpcResult.variationIcon,
    assuranceIcon: chartSpcResult.assuranceIcon,
    points: points.length,
    rebaseAt: applied,
  };
}
