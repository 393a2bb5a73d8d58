import { createScratchDatabase } from '../../src/database/scratch-database.js';
import { type RunningDatabase } from '../../src/database/embedded-postgres-server.js';
import { testDatabaseUrl } from './test-database-url.js';

/**
 * A migrated database of one test file's own, on the server of the run's database (a PostgreSQL
 * server or the embedded cluster), for checks that read the whole database: a fingerprint of
 * every table is only exact when no other file writes to it at the same time. `stop()` drops it.
 */
export function createOwnDatabase(purpose: string): Promise<RunningDatabase> {
  return createScratchDatabase({ purpose, serverUrl: testDatabaseUrl(), dataDir: '.data' });
}
