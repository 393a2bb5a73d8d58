import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * One row per KPI import under way, so that every API replica counts the same imports when it
 * caps them per account and per organisation (RECORDROOM_IMPORTS_PER_USER / _PER_ORGANISATION).
 * A row is a lease: the replica running the import renews `expires_at` while it works and deletes
 * the row when it ends; a replica that dies (SIGKILL, lost host) leaves a row that stops counting
 * once it expires. No connection is held while an upload arrives, so an advisory lock, which
 * lives as long as its session, could not do this.
 */
export class KpiImportLease1764000000003 implements MigrationInterface {
  name = 'KpiImportLease1764000000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE kpi_import_lease (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        account_id uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT kpi_import_lease_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT kpi_import_lease_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
      );
      CREATE INDEX kpi_import_lease_organisation_idx ON kpi_import_lease (organisation_id, expires_at);
      CREATE INDEX kpi_import_lease_account_idx ON kpi_import_lease (account_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE kpi_import_lease');
  }
}
