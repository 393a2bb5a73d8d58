import { type MigrationInterface, type QueryRunner } from 'typeorm';

const EVENT_TABLES = ['record_request', 'clinic_pull', 'filing_backlog_snapshot', 'subject_access_request'];

/**
 * A tracking system's external id is unique within a department, not the whole trust: two
 * departments run their own tracking systems, whose ids may coincide. Unique per organisation,
 * a department importing an id another department already holds was told "already present"
 * (or 409 for one event), which both refused its own event and told it the other department's
 * ids. The import's merge and duplicate detection (ON CONFLICT, import_line) use the same key.
 * Every (organisation, id) pair was unique, so every (department, id) pair is: the new index
 * always builds.
 */
export class KpiExternalIdPerDepartment1764000000002 implements MigrationInterface {
  name = 'KpiExternalIdPerDepartment1764000000002';

  async up(db: QueryRunner): Promise<void> {
    for (const table of EVENT_TABLES) {
      await db.query(`CREATE UNIQUE INDEX ${table}_department_external_id_key ON ${table} (department_id, external_id)`);
      await db.query(`DROP INDEX ${table}_organisation_external_id_key`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    // Fails, as it should, once two departments hold the same id: the data no longer fits the old rule.
    for (const table of EVENT_TABLES) {
      await db.query(`CREATE UNIQUE INDEX ${table}_organisation_external_id_key ON ${table} (organisation_id, external_id)`);
      await db.query(`DROP INDEX ${table}_department_external_id_key`);
    }
  }
}
