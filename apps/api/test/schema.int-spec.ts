import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS } from '../src/database/data-source-options.js';
import { testDatabaseUrl } from './support/test-database-url.js';

describe('database schema', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(testDatabaseUrl())).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('has applied every migration', async () => {
    const rows: { name: string }[] = await dataSource.query('SELECT name FROM schema_migration ORDER BY id');
    expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
  });

  it('matches the entities exactly: a schema sync after the migrations would change nothing', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
