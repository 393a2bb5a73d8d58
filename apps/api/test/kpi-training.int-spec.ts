import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, addMonthsClamped } from '@recordroom/calendar';
import { type CourseDto, type KpiSeriesDto, type KpiSummaryDto } from '@recordroom/contracts';
import { computeTrainingCompliance } from '@recordroom/kpi';
import { trainingAssignments } from '@recordroom/people';
import { pinnedRotaClock } from './support/rota-arrange.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/** Training compliance in the KPIs, from the completions line management records (docs/kpi.md "Staff KPIs"). */
describe('training compliance KPIs', () => {
  let api: TestApp;
  let clinic: TestOrganisation;
  let manager: Agent;
  let courses: CourseDto[];
  let today: string;
  const recorded: { staffId: string; courseId: string; completedOn: string }[] = [];

  beforeAll(async () => {
    api = await startTestApp({}, pinnedRotaClock());
    today = api.clock.today();
    clinic = await seedTestOrganisation(api.app, { seed: 1_121, staffCount: 30 });
    manager = await clinic.signInAs('manager');
    courses = (await manager.get('/api/people/courses').expect(200)).body as CourseDto[];
    const dataSecurity = courses.find((c) => c.code === 'data-security-awareness') as CourseDto;
    const fire = courses.find((c) => c.code === 'fire-safety') as CourseDto;
    const department = clinic.accountOf('manager').departmentId;
    const own = clinic.staffRecordOf('manager').id;
    const people = clinic.staff.filter((s) => s.departmentId === department && s.id !== own);
    // Two in three did data security at some point in the last 18 months; one in two fire safety.
    for (const [i, person] of people.entries()) {
      if (i % 3 !== 2) recorded.push({ staffId: person.id, courseId: dataSecurity.id, completedOn: addDays(today, -20 - 17 * i) });
      if (i % 2 === 0) recorded.push({ staffId: person.id, courseId: fire.id, completedOn: addDays(today, -100 - 9 * i) });
    }
    for (const completion of recorded) await manager.post(`/api/people/staff/${completion.staffId}/training`).send({ courseId: completion.courseId, completedOn: completion.completedOn }).expect(201);
  });

  afterAll(async () => {
    await api.close();
  });

  const expected = (asOf: string, only?: string) => {
    const department = clinic.accountOf('manager').departmentId;
    const people = clinic.staff.filter((s) => s.departmentId === department).map((s) => ({ ...s, employmentStartDate: s.nhsServiceStartDate, employmentEndDate: null }));
    const chosen = courses.filter((c) => only === undefined || c.code === only).map((c) => ({ id: c.id, name: c.name, renewalMonths: c.renewalMonths, ...(c.requiredForSkills ? { requiredForSkills: c.requiredForSkills as never } : {}) }));
    return computeTrainingCompliance(trainingAssignments(people, chosen, recorded, asOf), asOf);
  };

  it.each([
    { kpi: 'training-compliance-percent', only: undefined },
    { kpi: 'data-security-training-percent', only: 'data-security-awareness' },
  ])('$kpi is computed each month end from the first completion on, by the domain functions', async ({ kpi, only }) => {
    const series = (await manager.get(`/api/kpi/series/${kpi}`).query({ granularity: 'month' }).expect(200)).body as KpiSeriesDto;

    const points = series.spc.points;
    expect(points.length).toBeGreaterThan(3);
    for (const point of points) {
      const monthEnd = addDays(addMonthsClamped(point.period, 1), -1);
      const value = expected(monthEnd < today ? monthEnd : today, only).percent;
      expect(point.value).toBeCloseTo(value ?? Number.NaN, 9);
    }
    // Before the first completion there is no point, not a 0%.
    const first = recorded.map((r) => r.completedOn).sort()[0] ?? today;
    expect(points.every((p) => addDays(addMonthsClamped(p.period, 1), -1) >= first)).toBe(true);
  });

  it('puts both in the summary with an SPC variation icon', async () => {
    const summary = (await manager.get('/api/kpi/summary').expect(200)).body as KpiSummaryDto;
    for (const kpi of ['training-compliance-percent', 'data-security-training-percent']) {
      const row = summary.rows.find((r) => r.kpiId === kpi);
      expect(row?.latest?.denominator).toBeGreaterThan(0);
      expect(row?.variationIcon).not.toBeNull();
    }
  });
});
