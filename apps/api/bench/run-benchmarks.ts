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
import { preparedOnPool } from '../src/database/run-sql.js';
import { createScratchDatabase } from '../src/database/scratch-database.js';
import { seedDemoOrganisation } from '../src/demo/seed-demo-organisation.js';
import { staffScopeOf } from '../src/scope/staff-scope.js';
import { selectStaffPage } from '../src/staff/staff.repository.js';
import { signInCookie, stopChild, waitForHealth } from './api-process.js';
import { measureCpu } from './process-cpu.js';

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
  const { values: args } = parseArgs({ options: { baseline: { type: 'string' }, 'cpu-prof': { type: 'string' }, rounds: { type: 'string', default: '3' } } });
  const rounds = Number(args.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number of at least 1, not ${args.rounds}`);
  const baseline = args.baseline === undefined ? undefined : path.resolve(args.baseline);
  const cpuProfileDir = args['cpu-prof'] === undefined ? undefined : path.resolve(args['cpu-prof']);
  const loadAverageAtStart = os.loadavg();
  const startup = await measureStartup();
  const staffList = await measureStaffList({ baseline, cpuProfileDir, rounds });
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
  /**
   * CPU ms a request cost the serving process (the API; for raw SQL the pg client) and PostgreSQL
   * (process-cpu.ts): steadier than latency on a shared machine. Absent where /proc is not readable.
   */
  cpuMsPerRequest?: { process: number; postgres: number };
}

/** The median of each figure over the rounds (totals for counts), with every round's own figures. */
type MeasuredFigures = LoadFigures & { rounds: LoadFigures[] };

interface StaffListResult {
  as: string;
  visibleStaff: number;
  connections: number;
  durationSeconds: number;
  /** GET /api/staff through the API of this build. */
  api: MeasuredFigures;
  /** Exactly the SQL such a request runs (session lookup, then the page with its total), on a bare pg pool. */
  rawSql: MeasuredFigures & { poolSize: number };
  /**
   * How many times the raw SQL's figure the API's is (medians): latency api/raw, throughput
   * raw/api, and CPU per request (serving process and PostgreSQL together) api/raw.
   */
  apiOverRawSql: { p50: number; p99: number; requestsPerSecond: number; cpuMsPerRequest?: number };
  /** The same requests through the build given as --baseline, measured alongside. */
  baseline?: MeasuredFigures & { build: string };
}

/** The n-th request of a run: a different page and sort each time, as people paging a directory would. */
function nthRequest(n: number, pages: number): { page: number; sort: (typeof SORTS)[number] } {
  return { page: (n % pages) + 1, sort: SORTS[n % SORTS.length] ?? 'lastName' };
}

/**
 * The staff list as each role, through the API and as raw SQL in the same run and at the same
 * concurrency; with `--baseline=<other build's dist/main.js>`, through that build too, on the
 * same database, so a change is measured against what it replaces whatever else the machine is
 * doing. Each is warmed, then measured `--rounds` times (3), interleaved; figures are medians.
 * `--cpu-prof=<folder>` writes each API process's CPU profile there.
 */
async function measureStaffList(options: { baseline: string | undefined; cpuProfileDir: string | undefined; rounds: number }): Promise<StaffListResult[]> {
  const database = await createScratchDatabase({ purpose: 'bench', serverUrl: process.env.DATABASE_URL, dataDir: path.join(apiRoot, '.data') });
  const children: ChildProcess[] = [];
  const monitor = new pg.Client({ connectionString: database.url, application_name: 'recordroom-bench-monitor' });
  try {
    const demo = generateDemoOrganisation({ staffCount: 2_000 });
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    await seedDemoOrganisation(dataSource, demo, await new PasswordHasher().hash(DEMO_PASSWORD));
    // VACUUM as well as ANALYZE: a freshly loaded table has no visibility map, so its index-only
    // scans would visit the heap as no table that autovacuum has seen does.
    await dataSource.query('VACUUM ANALYZE');
    await dataSource.destroy();

    const startApi = async (build: string, port: number, label: string): Promise<{ url: string; pid: number }> => {
      const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`, `--cpu-prof-name=${label}.cpuprofile`] : [];
      const child = spawn(process.execPath, [...profile, build], {
        env: { ...process.env, PORT: String(port), DATABASE_URL: database.url, RECORDROOM_SEED_DEMO: 'false', RECORDROOM_LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      children.push(child);
      await waitForHealth(`http://127.0.0.1:${port}/api/health`, child);
      if (child.pid === undefined) throw new Error(`The API at port ${port} has no process id`);
      return { url: `http://127.0.0.1:${port}`, pid: child.pid };
    };
    const current = await startApi(main, 3903, 'current');
    const baseline = options.baseline ? await startApi(options.baseline, 3904, 'baseline') : undefined;
    const poolSize = apiPoolSize(database.url);
    await monitor.connect();

    const results: StaffListResult[] = [];
    for (const role of ['admin', 'manager', 'officer'] as const) {
      const email = demo.accounts.find((a) => a.role === role)?.email ?? '';
      const cookie = await signInCookie(current.url, email);
      const first = (await (await fetch(`${current.url}/api/staff?pageSize=${PAGE_SIZE}`, { headers: { cookie } })).json()) as { total: number };
      const pages = Math.max(1, Math.ceil(first.total / PAGE_SIZE));
      // One pool for every raw-SQL measurement of the role, so its backends live through each
      // measurement and their CPU is counted (process-cpu.ts).
      const pool = new pg.Pool({ connectionString: database.url, max: poolSize, application_name: 'recordroom-bench' });
      const tokenHash = hashToken(decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1)));
      const targets: { name: 'api' | 'rawSql' | 'baseline'; pid: number | 'self'; measure: (seconds: number) => Promise<LoadFigures> }[] = [
        { name: 'api', pid: current.pid, measure: (seconds) => loadApi(current.url, cookie, pages, seconds) },
        { name: 'rawSql', pid: 'self', measure: (seconds) => loadRawSql(pool, tokenHash, pages, seconds) },
      ];
      if (baseline) {
        const baselineCookie = await signInCookie(baseline.url, email);
        targets.push({ name: 'baseline', pid: baseline.pid, measure: (seconds) => loadApi(baseline.url, baselineCookie, pages, seconds) });
      }
      const measured = new Map<string, LoadFigures[]>(targets.map((target) => [target.name, []]));
      try {
        for (const target of targets) await target.measure(WARM_UP_SECONDS);
        // Each round in another order, so no target always runs right after the same other one.
        for (let pass = 0; pass < options.rounds; pass += 1) {
          for (const target of [...targets.slice(pass % targets.length), ...targets.slice(0, pass % targets.length)]) {
            const { result, cpu } = await measureCpu(monitor, target.pid, () => target.measure(DURATION_SECONDS));
            const perRequest = (ms: number): number => round2(ms / Math.max(1, result.requests));
            measured.get(target.name)?.push(cpu ? { ...result, cpuMsPerRequest: { process: perRequest(cpu.processMs), postgres: perRequest(cpu.postgresMs) } } : result);
          }
        }
      } finally {
        await pool.end();
      }
      const api = medianFigures(measured.get('api') ?? []);
      const rawSql = { ...medianFigures(measured.get('rawSql') ?? []), poolSize };
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
          ...(api.cpuMsPerRequest && rawSql.cpuMsPerRequest
            ? { cpuMsPerRequest: ratio(api.cpuMsPerRequest.process + api.cpuMsPerRequest.postgres, rawSql.cpuMsPerRequest.process + rawSql.cpuMsPerRequest.postgres) }
            : {}),
        },
        ...(options.baseline ? { baseline: { ...medianFigures(measured.get('baseline') ?? []), build: options.baseline } } : {}),
      });
      console.log(JSON.stringify(results.at(-1)));
    }
    return results;
  } finally {
    await monitor.end().catch(() => undefined);
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
async function loadRawSql(pool: pg.Pool, tokenHash: string, pages: number, durationSeconds: number): Promise<LoadFigures> {
  const loadAverage = os.loadavg()[0] ?? 0;
  // Prepared as the API prepares them (run-sql.ts), so both send PostgreSQL the same messages.
  const run = preparedOnPool(pool);
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
  await Promise.all(Array.from({ length: CONNECTIONS }, client));
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

function medianFigures(rounds: LoadFigures[]): MeasuredFigures {
  const median = (pick: (figures: LoadFigures) => number): number => {
    const sorted = rounds.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  };
  const total = (pick: (figures: LoadFigures) => number): number => rounds.reduce((sum, figures) => sum + pick(figures), 0);
  return {
    requests: total((f) => f.requests),
    requestsPerSecond: median((f) => f.requestsPerSecond),
    latencyMs: { p50: median((f) => f.latencyMs.p50), p90: median((f) => f.latencyMs.p90), p99: median((f) => f.latencyMs.p99), max: median((f) => f.latencyMs.max) },
    errors: total((f) => f.errors),
    non2xx: total((f) => f.non2xx),
    loadAverage: median((f) => f.loadAverage),
    ...(rounds.every((f) => f.cpuMsPerRequest)
      ? { cpuMsPerRequest: { process: median((f) => f.cpuMsPerRequest?.process ?? 0), postgres: median((f) => f.cpuMsPerRequest?.postgres ?? 0) } }
      : {}),
    rounds,
  };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : round(a / b, 2);
}

function round2(value: number): number {
  return round(value, 2);
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

main_().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
