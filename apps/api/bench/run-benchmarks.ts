import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, generateDemoOrganisation } from '@recordroom/demo-department';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../src/auth/password-hasher.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { createScratchDatabase } from '../src/database/scratch-database.js';
import { seedDemoOrganisation } from '../src/demo/seed-demo-organisation.js';
import { signInCookie, stopChild, waitForHealth } from './api-process.js';

/**
 * `npm run bench` for the API (../../docs/benchmarks.md):
 * 1. start-up time of `node dist/main.js` on the embedded database: first start (initdb,
 *    migrations, demo seed) and a warm restart, to the first healthy /api/health;
 * 2. the staff list API at 50 concurrent connections on a trust of 2,000 staff (p50, p99,
 *    throughput, errors), as an admin (whole trust), a manager (department) and an officer (line).
 * Results go to <repo>/bench/api.json.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const apiRoot = path.resolve(here, '../..'); // dist-bench/bench -> apps/api
const repoRoot = path.resolve(apiRoot, '../..');
const main = path.join(apiRoot, 'dist/main.js');

async function main_(): Promise<void> {
  const startup = await measureStartup();
  const staffList = await measureStaffList();
  const result = {
    benchmark: 'api',
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
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

interface LoadResult {
  as: string;
  visibleStaff: number;
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  non2xx: number;
}

async function measureStaffList(): Promise<LoadResult[]> {
  const database = await createScratchDatabase({ purpose: 'bench', serverUrl: process.env.DATABASE_URL, dataDir: path.join(apiRoot, '.data') });
  const port = 3903;
  let child: ChildProcess | undefined;
  try {
    const demo = generateDemoOrganisation({ staffCount: 2_000 });
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    await seedDemoOrganisation(dataSource, demo, await new PasswordHasher().hash(DEMO_PASSWORD));
    await dataSource.query('ANALYZE');
    await dataSource.destroy();

    child = spawn(process.execPath, [main], {
      env: { ...process.env, PORT: String(port), DATABASE_URL: database.url, RECORDROOM_SEED_DEMO: 'false', RECORDROOM_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, child);
    const results: LoadResult[] = [];
    for (const role of ['admin', 'manager', 'officer'] as const) {
      const email = demo.accounts.find((a) => a.role === role)?.email ?? '';
      results.push(await loadStaffList(port, role, email));
    }
    return results;
  } finally {
    if (child) await stopChild(child);
    await database.stop();
  }
}

async function loadStaffList(port: number, role: string, email: string): Promise<LoadResult> {
  const base = `http://127.0.0.1:${port}`;
  const cookie = await signInCookie(base, email);
  const first = (await (await fetch(`${base}/api/staff?pageSize=25`, { headers: { cookie } })).json()) as { total: number };
  const pages = Math.max(1, Math.ceil(first.total / 25));
  // Each request asks for a different page and sort, as people paging a directory would.
  const sorts = ['lastName', 'band', 'teamName', 'employeeNumber'];
  let n = 0;
  const result = await autocannon({
    url: base,
    connections: 50,
    duration: 10,
    headers: { cookie },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          n += 1;
          return { ...request, path: `/api/staff?page=${(n % pages) + 1}&pageSize=25&sort=${sorts[n % sorts.length]}` };
        },
      },
    ],
  });
  return {
    as: role,
    visibleStaff: first.total,
    connections: 50,
    durationSeconds: 10,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}



main_().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
