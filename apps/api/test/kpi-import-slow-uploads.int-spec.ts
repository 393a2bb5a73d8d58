import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@recordroom/demo-department';
import { type Role } from '@recordroom/people';
import { mkdtemp, readdir, readlink, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { DatabaseAvailability } from '../src/database/database-availability.js';
import { aRecordRequestLine } from './support/kpi-bodies.js';
import { startSlowUpload, type SlowUpload } from './support/slow-upload.js';
import { seedTestOrganisation, startTestApp, type TestApp, type TestOrganisation } from './support/test-app.js';
import { testDatabaseUrl } from './support/test-database-url.js';

const HEADER = 'external_id,record_id,priority,requesting_location,requested_at,located_at,dispatched_at,delivered_at,outcome,handled_by';
const PATH = '/api/kpi/imports/record-requests';
/** Every request below is answered well within this, or the test fails: a bound, not a timing. */
const ANSWER_WITHIN_MS = 10_000;

/**
 * Twenty uploads arriving a line at a time from one manager once held all twenty pooled
 * connections inside open transactions, and health, sign-in and the staff list hung until they
 * ended. An upload is now spooled with no connection held, and each account and organisation may
 * have only a few imports under way, counted in PostgreSQL so every replica agrees.
 */
describe('slow CSV uploads', () => {
  let observer: pg.Client;
  const uploads: SlowUpload[] = [];
  const apps: TestApp[] = [];

  beforeAll(async () => {
    observer = new pg.Client({ connectionString: testDatabaseUrl() });
    await observer.connect();
  });

  afterEach(async () => {
    for (const upload of uploads.splice(0)) upload.finish();
    for (const app of apps.splice(0)) await app.close();
  });

  afterAll(async () => {
    await observer.end();
  });

  async function startApp(env: NodeJS.ProcessEnv): Promise<TestApp> {
    const api = await startTestApp(env);
    apps.push(api);
    return api;
  }

  async function cookieOf(api: TestApp, trust: TestOrganisation, role: Role): Promise<string> {
    const response = await request(api.server).post('/api/auth/sign-in').send({ email: trust.accountOf(role).email, password: DEMO_PASSWORD }).timeout(ANSWER_WITHIN_MS);
    expect(response.status).toBe(200);
    return response.get('Set-Cookie')?.[0]?.split(';')[0] ?? '';
  }

  function slowUpload(api: TestApp, cookie: string, query = ''): SlowUpload {
    const upload = startSlowUpload(api.server, { path: `${PATH}${query}`, cookie, header: HEADER, nextLine: () => aRecordRequestLine(), everyMs: 250 });
    uploads.push(upload);
    return upload;
  }

  /** Sessions of the API held open inside a transaction, waiting, for over a second. */
  async function idleInTransaction(): Promise<number> {
    const rows = await observer.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'recordroom-api'
          AND state = 'idle in transaction' AND state_change < now() - interval '1 second'`,
    );
    return rows.rows[0]?.n ?? 0;
  }

  it('hold no pooled connection while they arrive: health, sign-in and the staff list still answer', async () => {
    const api = await startApp({ RECORDROOM_IMPORTS_PER_USER: '20', RECORDROOM_IMPORTS_PER_ORGANISATION: '20' });
    const trust = await seedTestOrganisation(api.app, { seed: 461 });
    const manager = await cookieOf(api, trust, 'manager');
    const started = Array.from({ length: 20 }, () => slowUpload(api, manager));
    await new Promise((resolve) => setTimeout(resolve, 2500));

    const held = await idleInTransaction();
    const health = await request(api.server).get('/api/health').timeout(ANSWER_WITHIN_MS);
    const signIn = await request(api.server).post('/api/auth/sign-in').send({ email: trust.accountOf('officer').email, password: DEMO_PASSWORD }).timeout(ANSWER_WITHIN_MS);
    const staff = await request(api.server).get('/api/staff').set('Cookie', manager).timeout(ANSWER_WITHIN_MS);
    for (const upload of started) upload.finish();
    const answers = await Promise.all(started.map((upload) => upload.answer));

    expect(held).toBe(0);
    expect([health.status, signIn.status, staff.status]).toEqual([200, 200, 200]);
    expect(answers.map((answer) => answer.status)).toEqual(started.map(() => 201));
    expect(answers.map((answer) => (answer.body as { inserted: number }).inserted)).toEqual(started.map((upload) => upload.linesSent));
  });

  it('refuses a third import under way from one account with 429 and Retry-After, on any replica', async () => {
    const [replicaA, replicaB] = [await startApp({}), await startApp({})];
    const trust = await seedTestOrganisation(replicaA.app, { seed: 462 });
    const manager = await cookieOf(replicaA, trust, 'manager');
    const first = slowUpload(replicaA, manager);
    const second = slowUpload(replicaB, manager);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const third = await slowUpload(replicaB, manager).answer;
    first.finish();
    expect((await first.answer).status).toBe(201);
    const afterOneEnded = slowUpload(replicaA, manager);
    afterOneEnded.finish();
    second.finish();

    expect(third.status).toBe(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect(third.body).toMatchObject({ status: 429, title: 'Too many imports under way' });
    expect((await afterOneEnded.answer).status).toBe(201);
    expect((await second.answer).status).toBe(201);
  });

  it('refuses an import beyond the organisation’s limit, whoever sends it', async () => {
    const api = await startApp({ RECORDROOM_IMPORTS_PER_ORGANISATION: '3' });
    const trust = await seedTestOrganisation(api.app, { seed: 463 });
    const [manager, admin] = [await cookieOf(api, trust, 'manager'), await cookieOf(api, trust, 'admin')];
    const department = `?departmentId=${trust.accountOf('manager').departmentId ?? ''}`;
    const running = [slowUpload(api, manager), slowUpload(api, manager), slowUpload(api, admin, department)];
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const fourth = await slowUpload(api, admin, department).answer;
    for (const upload of running) upload.finish();

    expect(fourth.status).toBe(429);
    expect(fourth.body).toMatchObject({ detail: expect.stringContaining('organisation') as unknown });
    expect((await Promise.all(running.map((upload) => upload.answer))).map((answer) => answer.status)).toEqual([201, 201, 201]);
  });
});

describe('the spool file of an upload', () => {
  it('has no name while the upload arrives, and is closed once it is imported or refused', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'recordroom-spool-test-'));
    const api = await startTestApp({ RECORDROOM_IMPORT_SPOOL_DIR: dir });
    try {
      const trust = await seedTestOrganisation(api.app, { seed: 464 });
      const manager = (await request(api.server).post('/api/auth/sign-in').send({ email: trust.accountOf('manager').email, password: DEMO_PASSWORD })).get('Set-Cookie')?.[0]?.split(';')[0] ?? '';
      const upload = startSlowUpload(api.server, { path: PATH, cookie: manager, header: HEADER, nextLine: () => aRecordRequestLine(), everyMs: 100 });
      await new Promise((resolve) => setTimeout(resolve, 500));

      const namesWhileArriving = await readdir(dir);
      const openWhileArriving = await openSpoolFiles(dir);
      upload.finish();
      const answer = await upload.answer;
      const refused = await request(api.server).post(PATH).set('Cookie', manager).set('Content-Type', 'text/csv').send(`${HEADER}\n${aRecordRequestLine({ priority: 'stat' })}\n`);

      expect(namesWhileArriving).toEqual([]);
      expect(openWhileArriving).toBe(1);
      expect([answer.status, refused.status]).toEqual([201, 422]);
      expect(await readdir(dir)).toEqual([]);
      expect(await openSpoolFiles(dir)).toBe(0);
    } finally {
      await api.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is closed, and the import slot freed, when the upload is abandoned half-way', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'recordroom-spool-test-'));
    const api = await startTestApp({ RECORDROOM_IMPORT_SPOOL_DIR: dir, RECORDROOM_IMPORTS_PER_USER: '1' });
    try {
      const trust = await seedTestOrganisation(api.app, { seed: 465 });
      const manager = (await request(api.server).post('/api/auth/sign-in').send({ email: trust.accountOf('manager').email, password: DEMO_PASSWORD })).get('Set-Cookie')?.[0]?.split(';')[0] ?? '';
      const abandoned = startSlowUpload(api.server, { path: PATH, cookie: manager, header: HEADER, nextLine: () => aRecordRequestLine(), everyMs: 100 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const openWhileArriving = await openSpoolFiles(dir);

      abandoned.abandon();
      let leases = 1;
      for (let waited = 0; waited < 10_000 && leases > 0; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        leases = (await api.database.query<{ n: number }[]>('SELECT count(*)::int AS n FROM kpi_import_lease WHERE organisation_id = $1', [trust.organisation.id]))[0]?.n ?? 0;
      }
      const next = await request(api.server).post(PATH).set('Cookie', manager).set('Content-Type', 'text/csv').send(`${HEADER}\n${aRecordRequestLine()}\n`);

      expect(openWhileArriving).toBe(1);
      expect(leases).toBe(0);
      expect(await openSpoolFiles(dir)).toBe(0);
      expect(next.status).toBe(201);
      // The client's reset connection is not the database's: no outage was declared.
      expect(api.app.get(DatabaseAvailability).isAvailable).toBe(true);
    } finally {
      await api.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** Files of `dir` this process holds open (Linux: /proc/self/fd), named or unlinked. */
async function openSpoolFiles(dir: string): Promise<number> {
  const targets = await Promise.all((await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
  return targets.filter((target) => target.startsWith(`${dir}/`)).length;
}
