// Runs in jest's parent process, outside its TypeScript transform, so it uses the API's build
// (turbo builds the API before its tests). One fresh, migrated database for the whole run; test
// files isolate themselves by creating their own organisations.
import { createScratchDatabase } from '../dist/database/scratch-database.js';

export default async function globalSetup() {
  const database = await createScratchDatabase({
    purpose: 'test',
    serverUrl: process.env.DATABASE_URL,
    dataDir: process.env.RECORDROOM_DATA_DIR ?? '.data',
  });
  globalThis.recordroomTestDatabase = database;
  // Read by test/support/test-database-url.ts in every worker (workers inherit this environment).
  process.env.RECORDROOM_TEST_DATABASE_URL = database.url;
}
