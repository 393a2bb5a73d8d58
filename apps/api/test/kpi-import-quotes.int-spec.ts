import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { aRecordRequestCsv, aRecordRequestLine } from './support/kpi-bodies.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/**
 * A quote where CSV allows none (inside an unquoted field) is a broken file, answered like an
 * unclosed quote: 422 naming the line, nothing imported. Found by the fuzzer, which got a 500.
 */
describe('KPI event import of a file with a stray quote', () => {
  let api: TestApp;
  let clinic: TestOrganisation;
  let manager: Agent;

  beforeAll(async () => {
    api = await startTestApp();
    clinic = await seedTestOrganisation(api.app, { seed: 431 });
    manager = await clinic.signInAs('manager');
  });

  afterAll(async () => {
    await api.close();
  });

  it('refuses a quote inside an unquoted field with 422 naming the line, and imports nothing', async () => {
    const stray = aRecordRequestLine().replace('R-0042', 'R-"0042');
    const before = await storedRequests();

    const response = await manager.post('/api/kpi/imports/record-requests').set('Content-Type', 'text/csv').send(aRecordRequestCsv([aRecordRequestLine(), stray]));

    expect(response.status).toBe(422);
    expect((response.body as { errors: { line: number; field: string }[] }).errors).toEqual([expect.objectContaining({ line: 3, field: '(file)' })]);
    expect(await storedRequests()).toBe(before);
  });

  async function storedRequests(): Promise<number> {
    const rows = await api.database.query<{ n: number }[]>('SELECT count(*)::int AS n FROM record_request WHERE organisation_id = $1', [clinic.organisation.id]);
    return rows[0]?.n ?? 0;
  }
});
