import { type MigrationInterface, type QueryRunner } from 'typeorm';

const EVENT_TABLES = ['record_request', 'clinic_pull', 'filing_backlog_snapshot', 'subject_access_request'];

/**
 * Each imported event keeps the line of the file it came from (with `import_id`, where it came
 * from). The import finds an id repeated within a file by asking which of this import's rows
 * already holds it, and names that row's line, so the API keeps no per-line state and its memory
 * does not grow with the file (docs/kpi.md "Importing events"). Null for events posted one at a
 * time. A nullable column without a default: adding it rewrites nothing.
 */
export class KpiImportLine1763800000002 implements MigrationInterface {
  name = 'KpiImportLine1763800000002';

  async up(db: QueryRunner): Promise<void> {
    for (const table of EVENT_TABLES) await db.query(`ALTER TABLE ${table} ADD COLUMN import_line integer`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of EVENT_TABLES) await db.query(`ALTER TABLE ${table} DROP COLUMN import_line`);
  }
}
