import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type KpiSummaryDto } from '@recordroom/contracts';
import { seedDemoKpiEvents } from '../src/demo/seed-demo-kpi-events.js';
import { seedTestOrganisation, startTestApp, type TestApp, type TestOrganisation } from './support/test-app.js';

/** Who reads whose KPIs: the organisation for admins and seniors, one department for managers and officers, nothing for staff. */
describe('KPI scope', () => {
  let api: TestApp;
  let trust: TestOrganisation;
  const range = { from: '2026-08-03', to: '2026-11-01' };

  beforeAll(async () => {
    api = await startTestApp();
    trust = await seedTestOrganisation(api.app, { seed: 431, staffCount: 120 });
    await api.database.transaction((em) => seedDemoKpiEvents(em, trust, '2026-11-02'));
  });

  afterAll(async () => {
    await api.close();
  });


  const requestsIn = (summary: KpiSummaryDto): number =>
    summary.rows.filter((r) => r.kpiId === 'retrieval-within-target-percent').reduce((sum, r) => sum + (r.latest?.denominator ?? 0), 0);

  it.each(['manager', 'officer'] as const)('lets a %s read their own department and refuses another with 403', async (role) => {
    const agent = await trust.signInAs(role);
    const { own, other } = trust.managerAndOtherDepartment();

    const mine = await agent.get('/api/kpi/summary').query(range);
    const named = await agent.get('/api/kpi/summary').query({ ...range, departmentId: own });
    const theirs = await agent.get('/api/kpi/summary').query({ ...range, departmentId: other });
    const drill = await agent.get('/api/kpi/retrieval-distribution').query({ ...range, departmentId: other });

    expect(mine.status).toBe(200);
    expect(named.body).toEqual(mine.body);
    expect(theirs.status).toBe(403);
    expect(drill.status).toBe(403);
  });

  it('gives a senior the whole organisation, the sum of its departments', async () => {
    const senior = await trust.signInAs('senior');

    const whole = (await senior.get('/api/kpi/summary').query(range).expect(200)).body as KpiSummaryDto;
    const parts = await Promise.all(trust.departments.map(async (d) => (await senior.get('/api/kpi/summary').query({ ...range, departmentId: d.id }).expect(200)).body as KpiSummaryDto));

    expect(trust.departments.length).toBe(3);
    expect(requestsIn(whole)).toBe(parts.reduce((sum, part) => sum + requestsIn(part), 0));
    expect(requestsIn(parts[0] as KpiSummaryDto)).toBeGreaterThan(0);
  });

  it('refuses staff with 403, and answers 404 for a department of another organisation', async () => {
    const staff = await trust.signInAs('staff');
    const admin = await trust.signInAs('admin');
    const elsewhere = await seedTestOrganisation(api.app, { seed: 432 });

    expect((await staff.get('/api/kpi/summary')).status).toBe(403);
    expect((await staff.get('/api/kpi/series/not-found-percent')).status).toBe(403);
    expect((await admin.get('/api/kpi/summary').query({ departmentId: elsewhere.departments[0]?.id })).status).toBe(404);
  });

  it('refuses an import into another department, and a senior import altogether', async () => {
    const manager = await trust.signInAs('manager');
    const senior = await trust.signInAs('senior');
    const csv = 'external_id,clinic_id,clinic_date,record_id,notes_available_at_start\nSCOPE-1,C-1,2026-03-03,R-1,yes\n';

    const other = await manager.post('/api/kpi/imports/clinic-pulls').query({ departmentId: trust.managerAndOtherDepartment().other }).set('Content-Type', 'text/csv').send(csv);
    const bySenior = await senior.post('/api/kpi/imports/clinic-pulls').set('Content-Type', 'text/csv').send(csv);

    expect(other.status).toBe(403);
    expect(bySenior.status).toBe(403);
  });
});
