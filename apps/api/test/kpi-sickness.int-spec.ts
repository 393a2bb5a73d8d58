import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, addMonthsClamped, type IsoDate } from '@recordroom/calendar';
import { type KpiSeriesDto, type KpiSummaryDto } from '@recordroom/contracts';
import { type DemoAbsence, type DemoRota } from '@recordroom/demo-department';
import { computeSicknessAbsenceRate, type SicknessAbsenceDays } from '@recordroom/kpi';
import { FULL_TIME_HOURS_PER_WEEK, wholeTimeEquivalent, type StaffMember } from '@recordroom/people';
import { randomUUID } from 'node:crypto';
import { londonToday, seedTestRota } from './support/rota-arrange.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

type Sickness = Pick<DemoAbsence, 'staffId' | 'kind' | 'status' | 'startDate' | 'endDate' | 'startTime' | 'endTime'>;

/** Days from `from` to `to` inclusive; 0 when `to` is before `from`. */
function daysFrom(from: IsoDate, to: IsoDate): number {
  return to < from ? 0 : Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

/**
 * One month of the domain's input, built from the raw rows without SQL: every contracted member
 * of staff from the day the department began recording absence (its first rota period) or their
 * NHS start, and their approved sickness in those days; a part-day is its hours over 7.5.
 */
function expectedMonth(month: IsoDate, range: { from: IsoDate; to: IsoDate }, staff: readonly StaffMember[], since: IsoDate, sickness: readonly Sickness[]): SicknessAbsenceDays[] {
  const monthEnd = addDays(addMonthsClamped(month, 1), -1);
  return staff
    .filter((person) => person.contractType !== 'bank' && person.contractedHoursPerWeek > 0)
    .flatMap((person): SicknessAbsenceDays[] => {
      const first = later(later(month, range.from), later(since, person.nhsServiceStartDate));
      const last = earlier(monthEnd, range.to);
      if (first > last) return [];
      const daysLost = sickness
        .filter((a) => a.staffId === person.id && a.kind === 'sickness' && a.status === 'approved' && a.startDate <= last && a.endDate >= first)
        .reduce((sum, a) => {
          if (a.startTime === undefined || a.endTime === undefined) return sum + daysFrom(later(a.startDate, first), earlier(a.endDate, last));
          const hours = (Date.parse(`1970-01-01T${a.endTime}:00Z`) - Date.parse(`1970-01-01T${a.startTime}:00Z`)) / 3_600_000;
          return sum + Math.min(1, hours / (FULL_TIME_HOURS_PER_WEEK / 5));
        }, 0);
      return [{ wte: wholeTimeEquivalent(person.contractedHoursPerWeek), daysAvailable: daysFrom(first, last), daysLost }];
    });
}

/**
 * Sickness absence % comes from the rota module's absences: the monthly SQL aggregate agrees with
 * computeSicknessAbsenceRate (FTE days lost ÷ FTE days available, NHS England's definition) on a
 * year of the demo rota plus a part-day absence, a report still waiting and a declined one.
 */
describe('KPI sickness absence: rota absences against contracted time', () => {
  let api: TestApp;
  let clinic: TestOrganisation;
  let manager: Agent;
  let rota: DemoRota;
  let sickness: Sickness[];
  const today = londonToday();
  // Twelve whole months up to the last complete one, as the dashboard's monthly view asks.
  const to = addDays(`${today.slice(0, 8)}01`, -1);
  const range = { from: addMonthsClamped(addDays(to, 1), -12), to };

  beforeAll(async () => {
    api = await startTestApp();
    clinic = await seedTestOrganisation(api.app, { seed: 733 });
    rota = await seedTestRota(api.database, clinic, 733, today);
    manager = await clinic.signInAs('manager');

    // A part-timer off sick for a morning, on a day the demo gave them no absence.
    const partTimer = clinic.staff.find((s) => s.contractType !== 'bank' && s.contractedHoursPerWeek < FULL_TIME_HOURS_PER_WEEK && s.contractedHoursPerWeek > 0);
    if (!partTimer) throw new Error('The demo organisation has no part-timer');
    const free = (person: string, date: IsoDate) => !rota.absences.some((a) => a.staffId === person && a.startDate <= date && a.endDate >= date);
    let day = addDays(to, -20);
    while (!free(partTimer.id, day)) day = addDays(day, -1);
    const other = clinic.staff.find((s) => s.contractType !== 'bank' && s.id !== partTimer.id && free(s.id, addDays(to, -3)) && free(s.id, addDays(to, -2)));
    if (!other) throw new Error('No one free to report sick');
    const extra: Sickness[] = [
      { staffId: partTimer.id, kind: 'sickness', status: 'approved', startDate: day, endDate: day, startTime: '09:00', endTime: '12:45' },
      // Reported by the person and not yet confirmed, and one declined: neither counts.
      { staffId: other.id, kind: 'sickness', status: 'requested', startDate: addDays(to, -3), endDate: addDays(to, -3) },
      { staffId: other.id, kind: 'sickness', status: 'declined', startDate: addDays(to, -2), endDate: addDays(to, -2) },
    ];
    for (const a of extra) {
      await api.database.query(
        `INSERT INTO absence (id, organisation_id, department_id, staff_member_id, kind, status, start_date, end_date, start_time, end_time)
         VALUES ($1, $2, (SELECT department_id FROM staff_member WHERE id = $3), $3, $4, $5, $6, $7, $8, $9)`,
        [randomUUID(), clinic.organisation.id, a.staffId, a.kind, a.status, a.startDate, a.endDate, a.startTime ?? null, a.endTime ?? null],
      );
    }
    sickness = [...rota.absences, ...extra];
  });

  afterAll(async () => {
    await api.close();
  });

  it('gives each month the FTE days lost and available of computeSicknessAbsenceRate', async () => {
    const series = (await manager.get('/api/kpi/series/sickness-absence-percent').query({ ...range, granularity: 'month' }).expect(200)).body as KpiSeriesDto;
    const since = rota.periods.map((p) => p.startDate).sort()[0] as IsoDate;
    const department = clinic.staff.filter((s) => s.departmentId === clinic.staffRecordOf('manager').departmentId);

    // Months before the department's first rota period have no recorded absence: no point, not 0%.
    const months: IsoDate[] = [];
    for (let month = range.from; month <= range.to; month = addMonthsClamped(month, 1)) if (addDays(addMonthsClamped(month, 1), -1) >= since) months.push(month);
    expect(series.spc.points.map((p) => p.period)).toEqual(months);
    for (const point of series.spc.points) {
      const expected = computeSicknessAbsenceRate(expectedMonth(point.period, range, department, since, sickness));
      expect(point.value).toBeCloseTo(expected.percent ?? Number.NaN, 9);
    }
    // Someone was off sick in the year, so the rate is not zero throughout.
    expect(series.spc.points.some((p) => p.value > 0)).toBe(true);
    expect(series.definition.period).toBe('month');
  });

  it('appears in the summary, monthly whatever the granularity, with its numerator and denominator', async () => {
    const summary = (await manager.get('/api/kpi/summary').expect(200)).body as KpiSummaryDto;
    const row = summary.rows.find((r) => r.kpiId === 'sickness-absence-percent');
    expect(row?.latest?.period).toMatch(/^\d{4}-\d{2}-01$/);
    expect(row?.latest?.denominator).toBeGreaterThan(0);
    expect(row?.variationIcon).not.toBeNull();
    // Vacancy and training compliance have no source in the product: left out, never shown as 0.
    expect(summary.rows.map((r) => r.kpiId)).not.toContain('vacancy-percent');
    expect(summary.rows.map((r) => r.kpiId)).not.toContain('training-compliance-percent');
  });

  it('adds departments up for the whole organisation as the senior sees it', async () => {
    const senior = await clinic.signInAs('senior');
    const query = { ...range, granularity: 'month' };
    const [organisation, department] = await Promise.all([
      senior.get('/api/kpi/series/sickness-absence-percent').query(query).expect(200),
      manager.get('/api/kpi/series/sickness-absence-percent').query(query).expect(200),
    ]);
    // The demo organisation has one department with a rota, so the two agree.
    expect((organisation.body as KpiSeriesDto).spc.points.map((p) => p.value)).toEqual((department.body as KpiSeriesDto).spc.points.map((p) => p.value));
  });
});
