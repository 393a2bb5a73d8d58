import { afterAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, generateDemoOrganisation, type DemoOrganisation } from '@recordroom/demo-department';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../src/auth/password-hasher.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { freePort, startEmbeddedPostgres, type RunningDatabase } from '../../src/database/embedded-postgres-server.js';
import { migrate } from '../../src/database/migrate.js';
import { createScratchDatabase } from '../../src/database/scratch-database.js';
import { seedDemoOrganisation } from '../../src/demo/seed-demo-organisation.js';
import { aNewStaffMember } from '../support/request-bodies.js';
import { originOf, signIn, startApiChild, type ApiChild } from './api-child.js';
import { startSteadyLoad, type Outcome } from './steady-load.js';

/**
 * The fault drill (docs/operations.md "Fault drill"), against the built API in its own process:
 * 1. PostgreSQL restarted, then stopped for 15 s, under a steady stream of writes and reads: no
 *    acknowledged write lost, every refused request a 503 (never another 5xx, never a hang past
 *    the bound), one error line per outage, and the API back by itself once the server is.
 * 2. The API killed (SIGKILL) in the middle of a large import's transaction: nothing of it stored,
 *    no spool file left, and the same file imported in full after a restart.
 * Its figures go to <repo>/bench/resilience.json and stdout (one JSON line).
 */
const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const repoRoot = path.resolve(apiRoot, '../..');
/** A request with no answer in this long hangs: the acquire timeout (5 s) and a margin. */
const ANSWER_BOUND_MS = 10_000;
const OUTAGE_MS = 15_000;
/** The API must be serving again within this long of PostgreSQL accepting connections. */
const RECOVERY_BOUND_MS = 15_000;
const IMPORT_LINES = 200_000;

const figures: Record<string, unknown> = {};
const cleanups: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(error));
  if (Object.keys(figures).length === 0) return;
  const result = { drill: 'resilience', measuredAt: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version }, ...figures };
  await mkdir(path.join(repoRoot, 'bench'), { recursive: true });
  await writeFile(path.join(repoRoot, 'bench/resilience.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
});

async function seedTrust(url: string): Promise<DemoOrganisation> {
  const demo = generateDemoOrganisation();
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    await seedDemoOrganisation(dataSource, demo, await new PasswordHasher().hash(DEMO_PASSWORD));
  } finally {
    await dataSource.destroy();
  }
  return demo;
}

function managerEmail(demo: DemoOrganisation): string {
  const manager = demo.accounts.find((account) => account.role === 'manager');
  if (!manager) throw new Error('The demo trust has no manager');
  return manager.email;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the fault drill', () => {
  it('loses no acknowledged write and answers only 503 while PostgreSQL restarts and then stays down for 15 s, and recovers by itself', async () => {
    const clusterDir = path.join(apiRoot, '.data/resilience', `pg-${Date.now().toString(36)}`);
    cleanups.push(() => rm(clusterDir, { recursive: true, force: true }));
    const pgPort = await freePort();
    const startServer = (): Promise<RunningDatabase> => startEmbeddedPostgres({ clusterDir, database: 'recordroom', persistent: true, port: pgPort });
    let server = await startServer();
    cleanups.push(() => server.stop());
    await migrate(server.url);
    const demo = await seedTrust(server.url);
    const api = await startApiChild({ DATABASE_URL: server.url }, await freePort(), '"context":"database"');
    cleanups.push(() => api.stop());
    const cookie = await signIn(api.base, managerEmail(demo), DEMO_PASSWORD);
    const headers = { cookie, origin: originOf(api.base) };

    const acknowledged: string[] = [];
    const write = {
      usesData: true,
      send: (signal: AbortSignal) => fetch(`${api.base}/api/staff`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(aNewStaffMember()), signal }),
      onSuccess: (body: unknown) => acknowledged.push((body as { id: string }).id),
    };
    const load = startSteadyLoad(
      [
        { name: 'write', ...write },
        { name: 'write', ...write },
        { name: 'staff list', usesData: true, send: (signal) => fetch(`${api.base}/api/staff`, { headers, signal }) },
        { name: 'health', usesData: false, send: (signal) => fetch(`${api.base}/api/health`, { signal }) },
      ],
      { paceMs: 50, boundMs: ANSWER_BOUND_MS },
    );

    const outages: { what: string; downAt: number; upAt: number }[] = [];
    try {
      await sleep(3000);
      let downAt = performance.now();
      await server.stop();
      server = await startServer();
      outages.push({ what: 'restart', downAt, upAt: performance.now() });
      await sleep(4000);
      downAt = performance.now();
      await server.stop();
      await sleep(OUTAGE_MS);
      server = await startServer();
      const upAt = performance.now();
      outages.push({ what: `stopped for ${OUTAGE_MS / 1000} s`, downAt, upAt });
      for (let waited = 0; waited < RECOVERY_BOUND_MS && !recoveredSince(load.outcomes, upAt); waited += 250) await sleep(250);
      await sleep(3000);
    } finally {
      await load.stop();
    }

    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const stored = await client.query<{ id: string }>('SELECT id FROM staff_member WHERE id = ANY($1::uuid[])', [acknowledged]).finally(() => client.end());
    const storedIds = new Set(stored.rows.map((row) => row.id));
    const outcomes = load.outcomes;
    const during = (outage: { downAt: number; upAt: number }): Outcome[] => outcomes.filter((o) => o.doneAt >= outage.downAt && o.sentAt <= outage.upAt);
    const count = (list: Outcome[], test: (status: Outcome['status']) => boolean): number => list.filter((o) => test(o.status)).length;
    const is2xx = (status: Outcome['status']): boolean => typeof status === 'number' && status >= 200 && status < 300;
    const result = {
      requests: outcomes.length,
      ok: count(outcomes, is2xx),
      status503: count(outcomes, (s) => s === 503),
      other5xx: count(outcomes, (s) => typeof s === 'number' && s >= 500 && s !== 503),
      otherRefusals: count(outcomes, (s) => typeof s === 'number' && s >= 300 && s < 500),
      hung: count(outcomes, (s) => s === 'hung'),
      failedWithoutAnswer: count(outcomes, (s) => s === 'failed'),
      acknowledgedWrites: acknowledged.length,
      lostWrites: acknowledged.filter((id) => !storedIds.has(id)).length,
      errorLogLines: api.errorLines().length,
      outageLog: api.keptLines().map((line) => {
        const entry = JSON.parse(line) as { level: string; message: unknown };
        return { level: entry.level, message: entry.message };
      }),
      outages: outages.map((outage) => {
        const recovered = outcomes.filter((o) => o.usesData && is2xx(o.status) && o.sentAt >= outage.upAt).sort((a, b) => a.doneAt - b.doneAt)[0];
        return {
          what: outage.what,
          downMs: Math.round(outage.upAt - outage.downAt),
          requestsDuring: during(outage).length,
          status503During: count(during(outage), (s) => s === 503),
          recoveryMs: recovered === undefined ? null : Math.round(recovered.doneAt - outage.upAt),
        };
      }),
    };
    figures.databaseOutage = result;
    const longOutage = result.outages[1];

    expect(result.lostWrites).toBe(0);
    expect(result.other5xx).toBe(0);
    expect(result.otherRefusals).toBe(0);
    expect(result.hung).toBe(0);
    expect(result.failedWithoutAnswer).toBe(0);
    expect(longOutage?.status503During).toBeGreaterThan(0);
    expect(result.outages.every((outage) => outage.recoveryMs !== null && outage.recoveryMs < RECOVERY_BOUND_MS)).toBe(true);
    // One line when each outage starts (the restart and the 15 s stop), however many requests it refused.
    expect(result.errorLogLines).toBeGreaterThan(0);
    expect(result.errorLogLines).toBeLessThanOrEqual(outages.length);
  });

  it('keeps nothing of an import whose API is killed mid-transaction, and imports the file in full after a restart', async () => {
    const database = await createScratchDatabase({ purpose: 'resilience', serverUrl: process.env.DATABASE_URL, dataDir: path.join(apiRoot, '.data') });
    cleanups.push(() => database.stop());
    const demo = await seedTrust(database.url);
    const work = await mkdtemp(path.join(os.tmpdir(), 'recordroom-drill-'));
    cleanups.push(() => rm(work, { recursive: true, force: true }));
    const spoolDir = path.join(work, 'spool');
    await mkdir(spoolDir);
    const csv = path.join(work, 'year.csv');
    const tag = `KILL-${Date.now().toString(36)}`;
    await pipeline(Readable.from(importLines(tag, IMPORT_LINES)), createWriteStream(csv));
    const port = await freePort();
    const env = { DATABASE_URL: database.url, RECORDROOM_IMPORT_SPOOL_DIR: spoolDir };
    const observer = new pg.Client({ connectionString: database.url });
    await observer.connect();
    cleanups.push(() => observer.end());
    const storedRows = async (): Promise<number> => (await observer.query<{ n: number }>('SELECT count(*)::int AS n FROM record_request WHERE external_id LIKE $1', [`${tag}-%`])).rows[0]?.n ?? 0;

    let api: ApiChild = await startApiChild(env, port);
    cleanups.push(() => api.stop());
    const upload = (child: ApiChild, cookie: string): Promise<Response> =>
      fetch(`${child.base}/api/kpi/imports/record-requests`, {
        method: 'POST',
        headers: { cookie, origin: originOf(child.base), 'content-type': 'text/csv', 'x-file-name': 'drill.csv' },
        body: Readable.toWeb(createReadStream(csv)) as ReadableStream,
        duplex: 'half',
      });
    const killed = upload(api, await signIn(api.base, managerEmail(demo), DEMO_PASSWORD)).then(
      (response) => `answered ${response.status}`,
      () => 'connection lost',
    );
    const importStarted = performance.now();
    const merging = await waitForImportTransaction(observer, 60_000);
    // Let it merge a few batches, then kill it inside its transaction.
    await sleep(1000);
    const stillMerging = await waitForImportTransaction(observer, 0);
    await api.kill();
    const killedAfterMs = Math.round(performance.now() - importStarted);
    const clientSaw = await killed;
    await waitUntilGone(observer, merging.pid, 30_000);
    const rowsAfterKill = await storedRows();
    const importsAfterKill = (await observer.query<{ n: number }>("SELECT count(*)::int AS n FROM kpi_import WHERE file_name = 'drill.csv'")).rows[0]?.n ?? 0;
    const spoolFilesLeft = (await readdir(spoolDir)).length;

    const restartStarted = performance.now();
    api = await startApiChild(env, port, '"context":"kpi-import"');
    const restartToHealthyMs = Math.round(performance.now() - restartStarted);
    const again = await upload(api, await signIn(api.base, managerEmail(demo), DEMO_PASSWORD));
    const reimport = (await again.json()) as { inserted?: number };
    const rowsAfterReimport = await storedRows();

    figures.apiKilledDuringImport = {
      lines: IMPORT_LINES,
      killedAfterMs,
      killedDuring: stillMerging.query.slice(0, 60),
      clientSaw,
      rowsAfterKill,
      importsAfterKill,
      spoolFilesLeft,
      restartToHealthyMs,
      reimportStatus: again.status,
      reimportInserted: reimport.inserted ?? null,
      rowsAfterReimport,
      reimportLog: api.keptLines().map((line) => JSON.parse(line) as unknown),
    };

    expect(stillMerging.pid).toBe(merging.pid);
    expect(rowsAfterKill).toBe(0);
    expect(importsAfterKill).toBe(0);
    expect(spoolFilesLeft).toBe(0);
    expect(again.status).toBe(201);
    expect(reimport.inserted).toBe(IMPORT_LINES);
    expect(rowsAfterReimport).toBe(IMPORT_LINES);
  });
});

/** Whether a request that uses the database, sent at or after `since`, has succeeded. */
function recoveredSince(outcomes: Outcome[], since: number): boolean {
  return outcomes.some((o) => o.usesData && typeof o.status === 'number' && o.status >= 200 && o.status < 300 && o.sentAt >= since);
}

function* importLines(tag: string, count: number): Generator<string> {
  yield 'external_id,record_id,priority,requesting_location,requested_at,located_at,dispatched_at,delivered_at,outcome,handled_by\n';
  for (let i = 0; i < count; i += 1) yield `${tag}-${i},R-${i % 9973},routine,Main records library,2026-03-03 09:00,,,2026-03-03 11:30,delivered,E1001\n`;
}

/** The API's session inside an import's transaction (copying or merging into record_request), waiting up to `ms`. */
async function waitForImportTransaction(observer: pg.Client, ms: number): Promise<{ pid: number; query: string }> {
  for (let waited = 0; ; waited += 25) {
    const rows = await observer.query<{ pid: number; query: string }>(
      `SELECT pid, query FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'recordroom-api' AND xact_start IS NOT NULL
          AND query ~ '(COPY record_request_staging|INSERT INTO record_request|record_request_earlier_ids|TRUNCATE record_request_staging)'`,
    );
    const found = rows.rows[0];
    if (found) return found;
    if (waited >= ms) throw new Error('No import transaction under way');
    await sleep(25);
  }
}

async function waitUntilGone(observer: pg.Client, pid: number, ms: number): Promise<void> {
  for (let waited = 0; waited < ms; waited += 50) {
    if ((await observer.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).rowCount === 0) return;
    await sleep(50);
  }
  throw new Error(`PostgreSQL still runs the killed API's session ${pid} after ${ms} ms`);
}
