import { type DataSource } from 'typeorm';

/** Reads straight from PostgreSQL, to check what a request wrote (or did not) behind the API. */
export interface AuditRow {
  id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  department_id: string | null;
  actor_account_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Every audit row about one record, oldest first. */
export async function auditRowsAbout(database: DataSource, entityId: string): Promise<AuditRow[]> {
  return database.query<AuditRow[]>(
    'SELECT id, action, entity_type, entity_id, department_id, actor_account_id, before, after FROM audit_event WHERE entity_id = $1 ORDER BY id',
    [entityId],
  );
}

type OrganisationTable = 'staff_member' | 'audit_event' | 'team' | 'location' | 'department';

/** Rows an organisation holds in one table: a before/after pair proves a refused request wrote nothing. */
export async function countRows(database: DataSource, table: OrganisationTable, organisationId: string): Promise<number> {
  const rows = await database.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table} WHERE organisation_id = $1`, [organisationId]);
  return rows[0]?.n ?? 0;
}

/** The sum of every staff record's version in an organisation: it moves if any record was changed. */
export async function staffVersionTotal(database: DataSource, organisationId: string): Promise<number> {
  const rows = await database.query<{ total: number }[]>('SELECT coalesce(sum(version), 0)::int AS total FROM staff_member WHERE organisation_id = $1', [organisationId]);
  return rows[0]?.total ?? 0;
}
