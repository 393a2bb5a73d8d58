import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const apiMain = path.join(repoRoot, 'apps/api/dist/main.js');

export interface RunningProduct {
  baseUrl: string;
  /** Stops the API as a deployment does (SIGTERM) and starts it again on the same database and port. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The product as `npm start` runs it (built API serving the built dashboard, demo department
 * seeded), on a fresh database: a new database on DATABASE_URL's server, or a new embedded one.
 */
export async function startProduct(): Promise<RunningProduct> {
  const port = await freePort();
  const name = `recordroom_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const dataDir = path.join(repoRoot, 'apps/e2e/.data', name);
  const baseUrl = `http://127.0.0.1:${port}`;
  // The address the browser opens is the public origin: links the API hands out (calendar feeds)
  // point at it, and changes are accepted from its pages only.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), RECORDROOM_PUBLIC_ORIGIN: baseUrl, RECORDROOM_SEED_DEMO: 'true', RECORDROOM_LOG_LEVEL: 'warn' };
  let dropDatabase = (): Promise<void> => Promise.resolve();
  if (process.env.DATABASE_URL) {
    const server = process.env.DATABASE_URL;
    await adminQuery(server, `CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = () => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    delete env.DATABASE_URL;
    env.RECORDROOM_DATA_DIR = dataDir;
  }

  const start = async (): Promise<ChildProcess> => {
    const started = spawn(process.execPath, [apiMain], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    await waitUntilHealthy(`${baseUrl}/api/health`, started);
    return started;
  };
  let child = await start();
  return {
    baseUrl,
    restart: async () => {
      await stopChild(child);
      child = await start();
    },
    stop: async () => {
      await stopChild(child);
      await dropDatabase();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitUntilHealthy(url: string, child: ChildProcess): Promise<void> {
  for (let waited = 0; waited < 90_000; waited += 100) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode} during start-up`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was not healthy within 90 s`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
