import 'reflect-metadata';
import { loadConfig } from '../config/app-config.js';
import { migrate } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';

/** `npm run migrate`: applies pending migrations to DATABASE_URL's database (or the embedded one). */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config, (message) => console.log(message));
  try {
    const applied = await migrate(database.url);
    console.log(applied.length === 0 ? 'The schema is up to date.' : `Applied: ${applied.join(', ')}`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
