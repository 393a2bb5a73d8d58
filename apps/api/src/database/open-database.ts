import path from 'node:path';
import { type AppConfig } from '../config/app-config.js';
import { startEmbeddedPostgres, type RunningDatabase } from './embedded-postgres-server.js';

/**
 * The database the API runs on: the PostgreSQL server named by DATABASE_URL, or else an embedded
 * PostgreSQL whose data is kept in <dataDir>/postgres between runs.
 */
export async function openDatabase(config: AppConfig, log: (message: string) => void): Promise<RunningDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: () => Promise.resolve() };
  return startEmbeddedPostgres({
    clusterDir: path.join(config.dataDir, 'postgres'),
    database: 'recordroom',
    persistent: true,
    log,
  });
}
