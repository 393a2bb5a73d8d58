import { type DataSource } from 'typeorm';

/**
 * Columns a request may write without changing anything a person would call data: every
 * authenticated request may slide its session's idle expiry (AuthService.authenticate), refused
 * ones included.
 */
const VOLATILE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  session: ['last_seen_at', 'expires_at'],
};

/**
 * Tables a refused request writes to by design: a refused sign-in is counted in sign_in_count,
 * which is how the throttle works (sign-in-throttle.ts); an import holds a row of
 * kpi_import_lease while it runs, refused or not, and deletes it when it ends (the concurrent
 * import limit across replicas). `migrations` is TypeORM's own.
 */
const WRITTEN_WHEN_REFUSED = new Set(['sign_in_count', 'kpi_import_lease', 'migrations']);

const LOG = 'test_row_change';

/** How far the log had got: compare two marks to see whether anything was written between them. */
export interface ChangeMark {
  lastId: number;
}

/**
 * Every row written to any table of a database, logged by triggers into one append-only table.
 * Exact where a fingerprint of row counts or pg_stat_user_tables is not: a rolled-back write
 * leaves no entry (the entry rolls back with it), an update that keeps the row count is seen,
 * and pg_stat's counters are asynchronous. Reading a mark costs one index lookup, so it can be
 * taken around every request. The triggers go on every table in the catalogue, so a new table
 * is watched without anyone listing it. Install only on a database of a test's own
 * (own-database.ts): it adds a table and triggers the migrations know nothing of.
 */
export class RowChangeLog {
  private constructor(private readonly database: DataSource) {}

  static async install(database: DataSource): Promise<RowChangeLog> {
    const columns: { table_name: string; column_name: string }[] = await database.query(
      `SELECT c.table_name, c.column_name
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name, c.ordinal_position`,
    );
    const byTable = new Map<string, string[]>();
    for (const { table_name: table, column_name: column } of columns) {
      if (!WRITTEN_WHEN_REFUSED.has(table)) byTable.set(table, [...(byTable.get(table) ?? []), column]);
    }
    if (byTable.size === 0) throw new Error('No tables to watch: is the database migrated?');
    const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
    await database.query(`
      CREATE TABLE ${LOG} (id bigserial PRIMARY KEY, table_name text NOT NULL, operation text NOT NULL);
      CREATE FUNCTION ${LOG}_record() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO ${LOG} (table_name, operation) VALUES (TG_TABLE_NAME, TG_OP);
          RETURN NULL;
        END
      $$;
      ${[...byTable]
        .map(([table, names]) => {
          const volatile = VOLATILE_COLUMNS[table] ?? [];
          const updates = volatile.length === 0 ? 'UPDATE' : `UPDATE OF ${names.filter((name) => !volatile.includes(name)).map(quote).join(', ')}`;
          return `CREATE TRIGGER ${LOG}_row AFTER INSERT OR DELETE OR ${updates} ON ${quote(table)} FOR EACH ROW EXECUTE FUNCTION ${LOG}_record();
                  CREATE TRIGGER ${LOG}_truncate AFTER TRUNCATE ON ${quote(table)} FOR EACH STATEMENT EXECUTE FUNCTION ${LOG}_record();`;
        })
        .join('\n')}
    `);
    return new RowChangeLog(database);
  }

  async mark(): Promise<ChangeMark> {
    const rows: { last_id: string }[] = await this.database.query(`SELECT coalesce(max(id), 0)::text AS last_id FROM ${LOG}`);
    return { lastId: Number(rows[0]?.last_id ?? 0) };
  }

  /** The tables written to after `since`, with the number of rows, e.g. ['audit_event x1', 'team x1']. */
  async writtenSince(since: ChangeMark): Promise<string[]> {
    const rows: { table_name: string; operation: string; n: number }[] = await this.database.query(
      `SELECT table_name, operation, count(*)::int AS n FROM ${LOG} WHERE id > $1 GROUP BY table_name, operation ORDER BY table_name, operation`,
      [since.lastId],
    );
    return rows.map((row) => `${row.table_name} ${row.operation.toLowerCase()} x${row.n}`);
  }
}
