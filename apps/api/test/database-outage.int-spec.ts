import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DEMO_PASSWORD } from '@recordroom/demo-department';
import { type Server } from 'node:http';
import request from 'supertest';
import { type QueryRunner } from 'typeorm';
import { loadConfig } from '../src/config/app-config.js';
import { createApp } from '../src/create-app.js';
import { CapturedLog } from './support/captured-log.js';
import { problemOf } from './support/problem-details.js';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestOrganisation } from './support/test-app.js';
import { testDatabaseUrl } from './support/test-database-url.js';

/**
 * With the database gone, the API says so: 503 with Retry-After on every route that needs it
 * (never a 500), one log line when the outage starts and one when it ends, and it recovers by
 * itself. The app reaches the shared test server through a proxy this file cuts.
 */
describe('a database outage', () => {
  let proxy: TcpProxy;
  let app: NestExpressApplication;
  let server: Server;
  let log: CapturedLog;
  let trust: TestOrganisation;
  let manager: Agent;

  beforeAll(async () => {
    proxy = await startTcpProxy(testDatabaseUrl());
    log = new CapturedLog();
    app = await createApp(loadConfig({ RECORDROOM_SEED_DEMO: 'false', RECORDROOM_DB_ACQUIRE_TIMEOUT_MS: '2000' }), proxy.url, log);
    await app.init();
    server = app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    trust = await seedTestOrganisation(app, { seed: 451 });
    manager = await trust.signInAs('manager');
  });

  afterAll(async () => {
    await proxy.restore().catch(() => undefined);
    await app.close();
    await proxy.close();
  });

  it('answers 503 with Retry-After while the database is unreachable, logs the outage once, and recovers by itself', async () => {
    await proxy.cut();

    const staffLists = await Promise.all(Array.from({ length: 20 }, () => manager.get('/api/staff').timeout(15_000)));
    const health = await request(server).get('/api/health').timeout(15_000);
    const signIn = await request(server).post('/api/auth/sign-in').send({ email: trust.accountOf('officer').email, password: DEMO_PASSWORD }).timeout(15_000);
    const write = await manager.post('/api/kpi/events/record-requests').send({ externalId: 'OUT-1', recordId: 'R-1', priority: 'urgent', requestingLocation: 'Ward 4', requestedAt: '2026-03-03T10:00:00Z', deliveredAt: '2026-03-03T11:00:00Z', outcome: 'delivered' }).timeout(15_000);
    const errorsDuringOutage = log.at('error').length;

    await proxy.restore();
    const afterwards = await manager.get('/api/staff').timeout(15_000);

    expect(staffLists.map((response) => response.status)).toEqual(Array.from({ length: 20 }, () => 503));
    expect(problemOf(staffLists[0]!)).toMatchObject({ status: 503, title: 'The database is unavailable' });
    expect(staffLists.every((response) => Number(response.get('Retry-After')) > 0)).toBe(true);
    expect([health.status, signIn.status, write.status]).toEqual([503, 503, 503]);
    expect(health.body).toMatchObject({ status: 'degraded', database: 'down' });
    expect(errorsDuringOutage).toBe(1);
    expect(afterwards.status).toBe(200);
    expect(log.at('error')).toHaveLength(1);
    expect(log.at('log').filter((entry) => JSON.stringify(entry.message).includes('available again'))).toHaveLength(1);
  });
});

describe('a database with no connection free', () => {
  it('answers health with 503 and other routes with 503 busy within the acquire timeout, then 200 once a connection is free', async () => {
    const api = await startTestApp({ RECORDROOM_DB_POOL_SIZE: '20', RECORDROOM_DB_ACQUIRE_TIMEOUT_MS: '1000', RECORDROOM_HEALTH_TIMEOUT_MS: '1000' });
    const runners: QueryRunner[] = [];
    try {
      const trust = await seedTestOrganisation(api.app, { seed: 452 });
      const manager = await trust.signInAs('manager');
      // Hold every pooled connection, as twenty slow requests would.
      for (let i = 0; i < 20; i += 1) {
        const runner = api.database.createQueryRunner();
        await runner.connect();
        runners.push(runner);
      }

      const health = await request(api.server).get('/api/health').timeout(15_000);
      const staff = await manager.get('/api/staff').timeout(15_000);
      await Promise.all(runners.splice(0).map((runner) => runner.release()));
      const healthAfter = await request(api.server).get('/api/health').timeout(15_000);

      expect(health.status).toBe(503);
      expect(health.get('Retry-After')).toBeDefined();
      expect(staff.status).toBe(503);
      expect(problemOf(staff).title).toBe('The database is busy');
      expect(healthAfter.status).toBe(200);
    } finally {
      await Promise.all(runners.map((runner) => runner.release()));
      await api.close();
    }
  });
});
