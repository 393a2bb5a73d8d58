import { afterEach, describe, expect, it } from '@jest/globals';
import { type HealthDto } from '@recordroom/contracts';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The readiness probe, and the flag the sign-in page reads to decide whether to show demo sign-ins. */
describe('the health check', () => {
  let api: TestApp | undefined;

  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  it('answers 200 with the database up, to a caller who is not signed in', async () => {
    api = await startTestApp();

    const response = await request(api.server).get('/api/health');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('does not advertise the demo sign-ins when the demo trust is not loaded, even with RECORDROOM_SEED_DEMO=true', async () => {
    // RECORDROOM_SEED_DEMO=true (the default) seeds only an empty database; this one holds other
    // organisations and no demo trust, so the demo sign-ins would not work.
    api = await startTestApp({ RECORDROOM_SEED_DEMO: 'true' });
    const demoAccounts = await api.database.query<unknown[]>("SELECT 1 FROM account WHERE email LIKE '%@demo.recordroom.org'");

    const response = await request(api.server).get('/api/health');

    expect(demoAccounts).toEqual([]);
    expect((response.body as HealthDto).demo).toBe(false);
  });
});
