import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres-server.js';
import { migrate } from './migrate.js';

/**
 * A throw-away database for one test or benchmark run, with the real migrations applied: a new
 * database on the server named by `serverUrl` (DATABASE_URL), or else a new embedded cluster.
 * `stop()` drops it, so runs never collide and never depend on leftovers.
 */
export async function createScratchDatabase(options: {
  purpose: string;
  serverUrl: string | undefined;
  dataDir: string;
}): Promise<RunningDatabase> {
  const name = `recordroom_${options.purpose}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = options.serverUrl
    ? await createOnServer(options.serverUrl, name)
    : await startEmbeddedPostgres({ clusterDir: path.join(options.dataDir, 'scratch', name), database: name, persistent: false });
  await migrate(database.url);
  return database;
}

async function createOnServer(serverUrl: string, name: string): Promise<RunningDatabase> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      await client.end();
    },
  };
}
