import { type DataSource } from 'typeorm';

/** Per table: its row count and an order-independent sum of its rows' hashes. */
export type TableFingerprint = ReadonlyMap<string, string>;

/**
 * Columns a request may write without changing anything a person would call data, left out of
 * the fingerprint: every authenticated request may slide its session's idle expiry
 * (AuthService.authenticate), refused ones included.
 */
const VOLATILE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  session: ['last_seen_at', 'expires_at'],
};

/**
 * Tables a refused request writes to by design, left out: a refused sign-in is counted in
 * sign_in_failure, which is how the throttle works (sign-in-throttle.ts). `migrations` is
 * TypeORM's own.
 */
const WRITTEN_WHEN_REFUSED = new Set(['sign_in_failure', 'migrations']);

/**
 * Fingerprints every table of the database: `count(*)` and `sum(hashtext(row))` per table, so
 * one inserted, updated or deleted row changes it. Exact only on a database no one else writes
 * to (own-database.ts), and cheaper than pg_stat_user_tables, whose counters are asynchronous.
 * New tables are found from the catalogue, so none is forgotten.
 */
export class TableFingerprinter {
  private constructor(
    private readonly database: DataSource,
    private readonly sql: string,
  ) {}

  static async of(database: DataSource): Promise<TableFingerprinter> {
    const columns: { table_name: string; column_name: string }[] = await database.query(
      `SELECT c.table_name, c.column_name
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        ORDER BY c.table_name, c.ordinal_position`,
    );
    const byTable = new Map<string, string[]>();
    for (const { table_name: table, column_name: column } of columns) {
      if (WRITTEN_WHEN_REFUSED.has(table) || VOLATILE_COLUMNS[table]?.includes(column)) continue;
      byTable.set(table, [...(byTable.get(table) ?? []), column]);
    }
    if (byTable.size === 0) throw new Error('No tables to fingerprint: is the database migrated?');
    const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
    const sql = [...byTable]
      .map(([table, names]) => {
        const row = `ROW(${names.map((name) => `t.${quote(name)}`).join(', ')})::text`;
        return `SELECT '${table}' AS table_name, count(*)::text || ':' || coalesce(sum(hashtext(${row})::bigint), 0)::text AS print FROM ${quote(table)} t`;
      })
      .join('\nUNION ALL\n');
    return new TableFingerprinter(database, sql);
  }

  async take(): Promise<TableFingerprint> {
    const rows: { table_name: string; print: string }[] = await this.database.query(this.sql);
    return new Map(rows.map((row) => [row.table_name, row.print]));
  }
}

/** The tables whose fingerprint differs, e.g. ['audit_event', 'staff_member']. */
export function changedTables(before: TableFingerprint, after: TableFingerprint): string[] {
  return [...after.keys()].filter((table) => before.get(table) !== after.get(table)).sort();
}
