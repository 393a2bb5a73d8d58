import { createHash } from 'node:crypto';
import type pg from 'pg';
import { type DataSource } from 'typeorm';

/**
 * Runs one parameterised statement and returns its rows. The hot read paths (the session lookup
 * every request makes, the directory page) take one of these instead of a DataSource, so the
 * benchmark can run exactly their SQL on a bare pg pool and compare the API with it
 * (bench/run-benchmarks.ts).
 */
export type RunSql = <Row>(sql: string, values: unknown[]) => Promise<Row[]>;

/**
 * Statements as named prepared statements on the data source's own pool. PostgreSQL then parses
 * and plans each statement once per connection instead of on every request: planning the
 * directory page took about 1 ms, as long as running it (docs/benchmarks.md). The statements are
 * read-only and run outside any transaction, so going past TypeORM's query runner loses nothing;
 * the pool, its size and its type parsers are TypeORM's.
 */
export function preparedOn(dataSource: DataSource): RunSql {
  // TypeORM's PostgresDriver keeps its node-postgres pool as `master` (typed `any` there).
  const driver = dataSource.driver as unknown as { master?: pg.Pool };
  return <Row>(sql: string, values: unknown[]) => {
    if (!driver.master) throw new Error('The data source is not connected');
    return preparedOnPool(driver.master)<Row>(sql, values);
  };
}

/** Statements as named prepared statements on a node-postgres pool. */
export function preparedOnPool(pool: pg.Pool): RunSql {
  return async <Row>(sql: string, values: unknown[]) => {
    const name = statementName(sql);
    const result = await pool.query(name === undefined ? { text: sql, values } : { name, text: sql, values });
    return result.rows as Row[];
  };
}

/**
 * At most this many texts are prepared; later ones run unprepared. Each prepared statement holds
 * its plan in every connection that ran it, and the texts differ by scope kind, filters and sort,
 * so the cap keeps a connection's memory bounded whatever mix of filters people use.
 */
const MAX_PREPARED_STATEMENTS = 200;

/**
 * A prepared statement's name is a digest of its text, so the same text always gets the same
 * name on every connection and two texts never share one (node-postgres refuses that).
 */
const statementNames = new Map<string, string>();

function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (name === undefined && statementNames.size < MAX_PREPARED_STATEMENTS) {
    name = `rr_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`;
    statementNames.set(sql, name);
  }
  return name;
}
