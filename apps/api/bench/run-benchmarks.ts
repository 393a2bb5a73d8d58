import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD, generateDemoOrganisation } from '@recordroom/demo-department';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { hashToken } from '../src/auth/auth.service.js';
import { PasswordHasher } from '../src/auth/password-hasher.js';
import { selectLiveSessionUser } from '../src/auth/session.repository.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { type RunSql } from '../src/database/run-sql.js';
import { createScratchDatabase } from '../src/database/scratch-database.js';
import { seedDemoOrganisation } from '../src/demo/seed-demo-organisation.js';
import { staffScopeOf } from '../src/staff/staff-scope.js';
import { selectStaffPage } from '../src/staff/staff.repository.js';
import { signInCookie, stopChild, waitForHealth } from './api-process.js';

/**
 * `npm run bench` for the API (../../docs/benchmarks.md):
 * 1. start-up time of `node dist/main.js` on the embedded database: first start (initdb,
 *    migrations, demo seed) and a warm restart, to the first healthy /api/health;
 * 2. the staff list API at 50 concurrent connections on a trust of 2,000 staff (p50, p99,
 *    throughput, errors), as an admin (whole trust), a manager (department) and an officer (line),
 *    each against the raw SQL of the same requests at the same concurrency, and against another
 *    build with `--baseline=<its dist/main.js>` (measureStaffList).
 * Results go to <repo>/bench/api.json.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const apiRoot = path.resolve(here, '../..'); // dist-bench/bench -> apps/api
const repoRoot = path.resolve(apiRoot, '../..');
const main = path.join(apiRoot, 'dist/main.js');

async function main_(): Promise<void> {
  const { values: args } = parseArgs({ options: { baseline: { type: 'string' }, 'cpu-prof': { type: 'string' } } });
  const baseline = args.baseline === undefined ? undefined : path.resolve(args.baseline);
  const cpuProfileDir = args['cpu-prof'] === undefined ? undefined : path.resolve(args['cpu-prof']);
  const loadAverageAtStart = os.loadavg();
  const startup = await measureStartup();
  const staffList = await measureStaffList({ baseline, cpuProfileDir });
  const result = {
    benchmark: 'api',
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      // 1, 5 and 15-minute load averages: the machine is shared, so the figures say how busy it was.
      loadAverage: { atStart: loadAverageAtStart.map((l) => round(l, 2)), atEnd: os.loadavg().map((l) => round(l, 2)) },
    },
    database: process.env.DATABASE_URL ? 'PostgreSQL server (DATABASE_URL)' : 'embedded PostgreSQL',
    startup,
    staffList,
  };
  await mkdir(path.join(repoRoot, 'bench'), { recursive: true });
  await writeFile(path.join(repoRoot, 'bench/api.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}

async function measureStartup(): Promise<{ firstStartMs: number; warmStartMs: number; note: string }> {
  const dataDir = path.join(apiRoot, '.data/bench-startup');
  await rm(dataDir, { recursive: true, force: true });
  const env = { ...process.env, DATABASE_URL: '', RECORDROOM_DATA_DIR: dataDir, RECORDROOM_LOG_LEVEL: 'warn' as const };
  delete (env as Record<string, string | undefined>).DATABASE_URL;
  const firstStartMs = await timeToHealthy(env, 3901);
  const warmStartMs = await timeToHealthy(env, 3902);
  await rm(dataDir, { recursive: true, force: true });
  return { firstStartMs, warmStartMs, note: 'process spawn to first 200 from /api/health, embedded PostgreSQL; the first start includes initdb, migrations and the demo seed' };
}

async function timeToHealthy(env: NodeJS.ProcessEnv, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [main], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, child);
    return Math.round(performance.now() - started);
  } finally {
    await stopChild(child);
  }
}

/** Requests per role: every measurement lasts this long at this many concurrent clients. */
const CONNECTIONS = 50;
const DURATION_SECONDS = 10;
/** Each process is warmed (JIT, pool connections, caches) for this long before it is measured. */
const WARM_UP_SECONDS = 3;
const PAGE_SIZE = 25;
const SORTS = ['lastName', 'band', 'teamName', 'employeeNumber'] as const;

interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  /** The machine's 1-minute load average as the measurement began: it is shared, so say how busy it was. */
  loadAverage: number;
}

interface StaffListResult {
  as: string;
  visibleStaff: number;
  connections: number;
  durationSeconds: number;
  /** GET /api/staff through the API of this build. */
  api: LoadFigures;
  /** Exactly the SQL such a request runs (session lookup, the officer's line, page and count), on a bare pg pool. */
  rawSql: LoadFigures & { poolSize: number };
  /** How many times the raw SQL's figure the API's is: latency api/raw, throughput raw/api. */
  apiOverRawSql: { p50: number; p99: number; requestsPerSecond: number };
  /** The same requests through the build given as --baseline, measured alongside. */
  baseline?: LoadFigures & { build: string };
}

/** The n-th request of a run: a different page and sort each time, as people paging a directory would. */
function nthRequest(n: number, pages: number): { page: number; sort: (typeof SORTS)[number] } {
  return { page: (n % pages) + 1, sort: SORTS[n % SORTS.length] ?? 'lastName' };
}

/**
 * The staff list as each role, through the API and as raw SQL in the same run and at the same
 * concurrency; with `--baseline=<other build's dist/main.js>`, through that build too, on the
 * same database and interleaved, so a change is measured against what it replaces whatever else
 * the machine is doing. `--cpu-prof=<folder>` writes each API process's CPU profile there.
 */
async function measureStaffList(options: { baseline: string | undefined; cpuProfileDir: string | undefined }): Promise<StaffListResult[]> {
  const database = await createScratchDatabase({ purpose: 'bench', serverUrl: process.env.DATABASE_URL, dataDir: path.join(apiRoot, '.data') });
  const children: ChildProcess[] = [];
  try {
    const demo = generateDemoOrganisation({ staffCount: 2_000 });
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    await seedDemoOrganisation(dataSource, demo, await new PasswordHasher().hash(DEMO_PASSWORD));
    // VACUUM as well as ANALYZE: a freshly loaded table has no visibility map, so its index-only
    // scans would visit the heap as no table that autovacuum has seen does.
    await dataSource.query('VACUUM ANALYZE');
    await dataSource.destroy();

    const startApi = async (build: string, port: number, label: string): Promise<string> => {
      const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`, `--cpu-prof-name=${label}.cpuprofile`] : [];
      const child = spawn(process.execPath, [...profile, build], {
        env: { ...process.env, PORT: String(port), DATABASE_URL: database.url, RECORDROOM_SEED_DEMO: 'false', RECORDROOM_LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(child);
      await waitForHealth(`http://127.0.0.1:${port}/api/health`, child);
      return `http://127.0.0.1:${port}`;
    };
    const current = await startApi(main, 3903, 'current');
    const baseline = options.baseline ? await startApi(options.baseline, 3904, 'baseline') : undefined;
    const poolSize = apiPoolSize(database.url);

    const results: StaffListResult[] = [];
    for (const role of ['admin', 'manager', 'officer'] as const) {
      const email = demo.accounts.find((a) => a.role === role)?.email ?? '';
      const cookie = await signInCookie(current, email);
      const first = (await (await fetch(`${current}/api/staff?pageSize=${PAGE_SIZE}`, { headers: { cookie } })).json()) as { total: number };
      const pages = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
      const baselineCookie = baseline ? await signInCookie(baseline, email) : undefined;

      await loadApi(current, cookie, pages, WARM_UP_SECONDS);
      const api = await loadApi(current, cookie, pages, DURATION_SECONDS);
      await loadRawSql(database.url, poolSize, cookie, pages, WARM_UP_SECONDS);
      const rawSql = { ...(await loadRawSql(database.url, poolSize, cookie, pages, DURATION_SECONDS)), poolSize };
      let baselineFigures: StaffListResult['baseline'];
      if (baseline && baselineCookie && options.baseline) {
        await loadApi(baseline, baselineCookie, pages, WARM_UP_SECONDS);
        baselineFigures = { ...(await loadApi(baseline, baselineCookie, pages, DURATION_SECONDS)), build: path.relative(repoRoot, options.baseline) };
      }
      results.push({
        as: role,
        visibleStaff: first.total,
        connections: CONNECTIONS,
        durationSeconds: DURATION_SECONDS,
        api,
        rawSql,
        apiOverRawSql: {
          p50: ratio(api.latencyMs.p50, rawSql.latencyMs.p50),
          p99: ratio(api.latencyMs.p99, rawSql.latencyMs.p99),
          requestsPerSecond: ratio(rawSql.requestsPerSecond, api.requestsPerSecond),
        },
        ...(baselineFigures ? { baseline: baselineFigures } : {}),
      });
      console.log(JSON.stringify(results.at(-1)));
    }
    return results;
  } finally {
    for (const child of children) await stopChild(child);
    await database.stop();
  }
}

async function loadApi(base: string, cookie: string, pages: number, durationSeconds: number): Promise<LoadFigures> {
  const loadAverage = os.loadavg()[0] ?? 0;
  let n = 0;
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: durationSeconds,
    headers: { cookie },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          n += 1;
          const { page, sort } = nthRequest(n, pages);
          return { ...request, path: `/api/staff?page=${page}&pageSize=${PAGE_SIZE}&sort=${sort}` };
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    loadAverage: round(loadAverage, 2),
  };
}

/**
 * The same requests as raw SQL: CONNECTIONS clients, each running a request's statements (the
 * repositories' own functions, so exactly the SQL the API sends) one request after another, on a
 * pg pool as large as the API's. What is left of the API's figure is its own cost: HTTP, Nest,
 * mapping rows and JSON.
 */
async function loadRawSql(databaseUrl: string, poolSize: number, cookie: string, pages: number, durationSeconds: number): Promise<LoadFigures> {
  const loadAverage = os.loadavg()[0] ?? 0;
  const tokenHash = hashToken(decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1)));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, application_name: 'recordroom-bench' });
  const run: RunSql = async <Row>(sql: string, values: unknown[]) => (await pool.query(sql, values)).rows as Row[];
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const started = performance.now();
  const deadline = started + durationSeconds * 1000;
  const client = async (): Promise<void> => {
    while (performance.now() < deadline) {
      n += 1;
      const { page, sort } = nthRequest(n, pages);
      const requestStarted = performance.now();
      try {
        const user = await selectLiveSessionUser(run, tokenHash, new Date());
        if (!user) throw new Error('The session is not live');
        await selectStaffPage(run, staffScopeOf(user), {}, sort, 'asc', page, PAGE_SIZE);
        latencies.push(performance.now() - requestStarted);
      } catch {
        errors += 1;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: CONNECTIONS }, client));
  } finally {
    await pool.end();
  }
  const elapsedSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0, 1);
  return {
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / elapsedSeconds),
    latencyMs: { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: round(latencies.at(-1) ?? 0, 1) },
    errors,
    non2xx: 0,
    loadAverage: round(loadAverage, 2),
  };
}

/** The API's pool size (data-source-options.ts), so the raw SQL gets as many connections. */
function apiPoolSize(databaseUrl: string): number {
  const extra: unknown = dataSourceOptions(databaseUrl).extra;
  const max = typeof extra === 'object' && extra !== null && 'max' in extra ? extra.max : undefined;
  return typeof max === 'number' ? max : 10; // node-postgres's default
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : round(a / b, 2);
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

main_().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
