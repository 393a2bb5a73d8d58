import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, addMonthsClamped } from '@recordroom/calendar';
import { type DemandVsStaffingDto, type KpiSeriesDto, type KpiSummaryDto, type RetrievalDistributionDto } from '@recordroom/contracts';
import {
  demoClinicPulls,
  demoFilingBacklog,
  demoKpiDepartments,
  demoRecordRequests,
  demoSubjectAccessRequests,
  type DemoRecordRequest,
} from '@recordroom/demo-department';
import {
  arrivalRatesByWeekdayHour,
  computeClinicAvailability,
  computeFilingBacklog,
  computeNotFoundRate,
  computeSarOnTime,
  computeTemporaryNotesRate,
  DEFAULT_RETRIEVAL_TARGETS,
  percentileCont,
  periodStart,
  REQUEST_PRIORITIES,
  retrievalMinutes,
  retrievalStatisticsByPriority,
  staffNeededByHour,
} from '@recordroom/kpi';
import { KpiReadRepository } from '../src/kpi/kpi-read.repository.js';
import { seedDemoKpiEvents } from '../src/demo/seed-demo-kpi-events.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/**
 * The SQL aggregates agree with the domain functions of @recordroom/kpi on the same events: a
 * year of the demo department's requests, clinic pulls, filing snapshots and SARs, loaded by
 * the demo seeder and regenerated here in memory.
 */
describe('KPI aggregates: SQL against the domain functions', () => {
  const referenceDate = '2026-11-02';
  const range = { from: addDays(addMonthsClamped(referenceDate, -12), 1), to: referenceDate };
  let api: TestApp;
  let clinic: TestOrganisation;
  let manager: Agent;
  let requests: DemoRecordRequest[];

  beforeAll(async () => {
    api = await startTestApp();
    clinic = await seedTestOrganisation(api.app, { seed: 411 });
    await api.database.transaction((em) => seedDemoKpiEvents(em, clinic, referenceDate));
    manager = await clinic.signInAs('manager');
    requests = [...demoRecordRequests(demoKpiDepartments(clinic), { referenceDate })];
  });

  afterAll(async () => {
    await api.close();
  });

  function byWeek<T>(items: readonly T[], weekOf: (item: T) => string): Map<string, T[]> {
    const groups = new Map<string, T[]>();
    for (const item of items) groups.set(weekOf(item), [...(groups.get(weekOf(item)) ?? []), item]);
    return groups;
  }

  it('gives, for every week and priority, the counts, median, p90 and % within target of retrievalStatisticsByPriority', async () => {
    const scope = { organisationId: clinic.organisation.id, departmentId: null };
    const rows = await api.app.get(KpiReadRepository).retrievalByPeriodAndPriority(scope, range, 'week', DEFAULT_RETRIEVAL_TARGETS);

    const weeks = byWeek(requests, (r) => periodStart(r.requestedAt, 'week'));
    expect(rows.length).toBe(new Set(requests.map((r) => `${periodStart(r.requestedAt, 'week')} ${r.priority}`)).size);
    for (const row of rows) {
      const expected = retrievalStatisticsByPriority(weeks.get(row.period) ?? [])[row.priority];
      expect({ period: row.period, priority: row.priority, requests: row.requests, delivered: row.delivered, withinTarget: row.withinTarget }).toEqual({
        period: row.period,
        priority: row.priority,
        requests: expected.requests,
        delivered: expected.delivered,
        withinTarget: expected.withinTarget.numerator,
      });
      expect(row.median).toBeCloseTo(expected.medianMinutes ?? Number.NaN, 9);
      expect(row.p90).toBeCloseTo(expected.p90Minutes ?? Number.NaN, 9);
    }
  });

  it('gives the same figures by month, the months read in parts as the weeks are', async () => {
    const scope = { organisationId: clinic.organisation.id, departmentId: clinic.departments[0]?.id ?? null };
    const rows = await api.app.get(KpiReadRepository).retrievalByPeriodAndPriority(scope, range, 'month', DEFAULT_RETRIEVAL_TARGETS);

    const months = byWeek(requests, (r) => periodStart(r.requestedAt, 'month'));
    expect(new Set(rows.map((row) => row.period))).toEqual(new Set(months.keys()));
    for (const row of rows) {
      const expected = retrievalStatisticsByPriority(months.get(row.period) ?? [])[row.priority];
      expect([row.requests, row.withinTarget]).toEqual([expected.requests, expected.withinTarget.numerator]);
      expect(row.median).toBeCloseTo(expected.medianMinutes ?? Number.NaN, 9);
      expect(row.p90).toBeCloseTo(expected.p90Minutes ?? Number.NaN, 9);
    }
  });

  it('gives the not-found and temporary-notes shares of computeNotFoundRate and computeTemporaryNotesRate, week by week', async () => {
    const weeks = byWeek(requests, (r) => periodStart(r.requestedAt, 'week'));
    for (const kpiId of ['not-found-percent', 'temporary-notes-percent'] as const) {
      const series = (await manager.get(`/api/kpi/series/${kpiId}`).query(range).expect(200)).body as KpiSeriesDto;
      const compute = kpiId === 'not-found-percent' ? computeNotFoundRate : computeTemporaryNotesRate;

      expect(series.spc.points.length).toBe(weeks.size);
      for (const point of series.spc.points) expect(point.value).toBeCloseTo(compute(weeks.get(point.period) ?? []).percent ?? Number.NaN, 9);
    }
  });

  it('draws the retrieval distribution with percentile_cont at p10, p25, p75 as the domain does', async () => {
    const distribution = (await manager.get('/api/kpi/retrieval-distribution').query(range).expect(200)).body as RetrievalDistributionDto;
    const groups = byWeek(requests, (r) => `${periodStart(r.requestedAt, 'week')} ${r.priority}`);

    expect(distribution.weeks.length).toBe(groups.size);
    for (const week of distribution.weeks) {
      const minutes = (groups.get(`${week.weekStart} ${week.priority}`) ?? []).map(retrievalMinutes).filter((m): m is number => m !== null);
      expect(week.p10).toBeCloseTo(percentileCont(minutes, 0.1) ?? Number.NaN, 9);
      expect(week.p25).toBeCloseTo(percentileCont(minutes, 0.25) ?? Number.NaN, 9);
      expect(week.p75).toBeCloseTo(percentileCont(minutes, 0.75) ?? Number.NaN, 9);
      expect(week.targetMinutes).toBe(DEFAULT_RETRIEVAL_TARGETS[week.priority as 'emergency'].maxMinutes);
    }
  });

  it('gives clinic availability, the filing backlog and SARs on time as computeClinicAvailability, computeFilingBacklog and computeSarOnTime', async () => {
    const departments = demoKpiDepartments(clinic);
    const pulls = [...demoClinicPulls(departments, { referenceDate })];
    const snapshots = [...demoFilingBacklog(departments, { referenceDate })];
    const sars = [...demoSubjectAccessRequests(departments, { referenceDate })];
    const get = async (kpiId: string): Promise<KpiSeriesDto> => (await manager.get(`/api/kpi/series/${kpiId}`).query(range).expect(200)).body as KpiSeriesDto;

    const availability = await get('clinic-availability-percent');
    const pullWeeks = byWeek(pulls, (p) => periodStart(`${p.clinicDate}T12:00:00Z`, 'week'));
    expect(availability.spc.points.length).toBe(pullWeeks.size);
    for (const point of availability.spc.points) expect(point.value).toBeCloseTo(computeClinicAvailability(pullWeeks.get(point.period) ?? []).percent ?? Number.NaN, 9);

    const backlog = await get('filing-backlog-oldest-working-days');
    const snapshotWeeks = byWeek(snapshots, (s) => periodStart(`${s.takenOn}T12:00:00Z`, 'week'));
    expect(backlog.spc.points.map((p) => [p.period, p.value])).toEqual(
      [...snapshotWeeks].map(([week, taken]) => [week, computeFilingBacklog(taken)?.oldestItemWorkingDays]),
    );

    // Decided as of the real today: every SAR due in the range is long decided, so the figures are fixed.
    const onTime = await get('sar-on-time-percent');
    expect(onTime.spc.points.length).toBeGreaterThanOrEqual(12);
    for (const point of onTime.spc.points) {
      const monthEnd = addDays(addMonthsClamped(point.period, 1), -1);
      const expected = computeSarOnTime(sars, { from: point.period < range.from ? range.from : point.period, to: monthEnd > range.to ? range.to : monthEnd, asOf: '2027-12-31' });
      expect(point.value).toBeCloseTo(expected.percent ?? Number.NaN, 9);
    }
  });

  it('counts arrivals per weekday and hour as arrivalRatesByWeekdayHour, and sets Erlang C staffing beside the planned cover', async () => {
    const demand = (await manager.get('/api/kpi/demand-vs-staffing').query({ ...range, priority: 'emergency' }).expect(200)).body as DemandVsStaffingDto;
    const expected = arrivalRatesByWeekdayHour(requests.filter((r) => r.priority === 'emergency'), range);
    const needed = staffNeededByHour(expected, 10, 30, 0.9);

    expect(demand.hours).toHaveLength(7 * 24);
    for (const [i, hour] of demand.hours.entries()) {
      expect(hour.arrivalsPerHour).toBeCloseTo((expected[hour.weekday - 1] as number[])[hour.hour] ?? Number.NaN, 9);
      expect(hour.staffNeeded).toBe(needed[i]?.staffNeeded);
      expect(hour.shortfall).toBe(hour.staffNeeded === null ? null : Math.max(0, hour.staffNeeded - hour.planned));
    }
    expect(demand.hours.some((h) => h.status === 'under-staffed')).toBe(true);
  });

  it('summarises every KPI with data, retrieval once per priority, and shows the improvement as a special cause', async () => {
    const summary = (await manager.get('/api/kpi/summary').query(range).expect(200)).body as KpiSummaryDto;

    const keys = summary.rows.map((row) => `${row.kpiId}${row.facet === null ? '' : ` ${row.facet}`}`);
    expect(keys).toHaveLength(18);
    expect(keys).not.toContain('sickness-absence-percent');
    const emergencyMedian = summary.rows.find((row) => row.kpiId === 'retrieval-median-minutes' && row.facet === 'emergency');
    expect(emergencyMedian?.variationIcon).toBe('improvement-low');
    expect(emergencyMedian?.points).toBe(53);
    // Within target carries the priority's share, a local default like the p90's time.
    const withinTarget = summary.rows.filter((row) => row.kpiId === 'retrieval-within-target-percent');
    expect(withinTarget.map((row) => [row.facet, row.target, row.targetStatus])).toEqual(REQUEST_PRIORITIES.map((p) => [p, 90, 'unverified']));
    expect(withinTarget.every((row) => row.assuranceIcon !== null)).toBe(true);
  });

  it('recalculates one chart’s limits in the summary from the period asked, so its icons speak for the weeks since the change', async () => {
    // The demo department's retrieval improved on 2 June 2026; its first whole week starts 8 June.
    const rebaseAt = 'retrieval-p90-minutes.emergency@2026-06-08';
    const [plain, rebased, series] = await Promise.all([
      manager.get('/api/kpi/summary').query(range).expect(200),
      manager.get('/api/kpi/summary').query({ ...range, rebaseAt }).expect(200),
      manager.get('/api/kpi/series/retrieval-p90-minutes').query({ ...range, facet: 'emergency', rebaseAt: '2026-06-08' }).expect(200),
    ]);
    const p90 = (summary: KpiSummaryDto) => summary.rows.find((row) => row.kpiId === 'retrieval-p90-minutes' && row.facet === 'emergency');
    const chart = (series.body as KpiSeriesDto).spc;

    expect(p90(plain.body as KpiSummaryDto)?.rebaseAt).toEqual([]);
    expect(p90(rebased.body as KpiSummaryDto)?.rebaseAt).toEqual(['2026-06-08']);
    // The summary row and the rebased chart agree; the old, slower weeks no longer widen the limits.
    expect([p90(rebased.body as KpiSummaryDto)?.variationIcon, p90(rebased.body as KpiSummaryDto)?.assuranceIcon]).toEqual([chart.variationIcon, chart.assuranceIcon]);
    expect(chart.segments).toHaveLength(2);
    // Over the whole year the slow months put the 30-minute target below the lower limit: "will
    // consistently fail". From the change on, the target lies within the limits: hit and miss.
    expect(p90(plain.body as KpiSummaryDto)?.assuranceIcon).toBe('consistent-fail');
    expect(chart.assuranceIcon).toBe('inconsistent');
    expect(chart.segments[1]?.lpl).toBeLessThan(30);
    // Other rows are untouched.
    const others = (summary: KpiSummaryDto) => summary.rows.filter((row) => row !== p90(summary)).map((row) => [row.kpiId, row.facet, row.variationIcon, row.assuranceIcon]);
    expect(others(rebased.body as KpiSummaryDto)).toEqual(others(plain.body as KpiSummaryDto));
  });

  it('refuses a rebase naming no chart, or a day that does not start one of its periods', async () => {
    const unknown = await manager.get('/api/kpi/summary').query({ ...range, rebaseAt: 'retrieval-p90-minutes.overnight@2026-06-08' }).expect(400);
    expect(JSON.stringify(unknown.body)).toContain('rebaseAt');
    const tuesday = await manager.get('/api/kpi/summary').query({ ...range, rebaseAt: 'retrieval-p90-minutes.emergency@2026-06-09' }).expect(400);
    expect(JSON.stringify(tuesday.body)).toContain('is not the start of a week');
    // SARs are monthly: a rebase starts a month even on the weekly page.
    await manager.get('/api/kpi/summary').query({ ...range, rebaseAt: 'sar-on-time-percent@2026-06-08' }).expect(400);
    await manager.get('/api/kpi/summary').query({ ...range, rebaseAt: 'sar-on-time-percent@2026-06-01' }).expect(200);
  });
});
