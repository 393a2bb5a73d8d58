import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Record requests carry their Europe/London request date and ISO week as stored generated
 * columns, so the KPI summary groups a trust's year by week and priority straight off an index,
 * in order, with no time-zone conversion or sort of a million rows at read time (the first
 * version converted and sorted per request: 2.5 s against 0.4 s on the benchmark machine).
 * `timezone(text, timestamptz)` and `date_trunc(text, timestamp)` are immutable, as generated
 * columns require.
 */
export class RecordRequestLocalDates1763800000001 implements MigrationInterface {
  name = 'RecordRequestLocalDates1763800000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE record_request
        ADD COLUMN requested_on date GENERATED ALWAYS AS ((requested_at AT TIME ZONE 'Europe/London')::date) STORED,
        ADD COLUMN requested_week date GENERATED ALWAYS AS (date_trunc('week', requested_at AT TIME ZONE 'Europe/London')::date) STORED;
      DROP INDEX record_request_department_time_idx;
      DROP INDEX record_request_organisation_time_idx;
      CREATE INDEX record_request_department_week_idx ON record_request (department_id, requested_week, priority)
        INCLUDE (requested_on, outcome, retrieval_minutes);
      CREATE INDEX record_request_organisation_week_idx ON record_request (organisation_id, requested_week, priority)
        INCLUDE (requested_on, outcome, retrieval_minutes);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX record_request_organisation_week_idx;
      DROP INDEX record_request_department_week_idx;
      ALTER TABLE record_request DROP COLUMN requested_week, DROP COLUMN requested_on;
      CREATE INDEX record_request_department_time_idx ON record_request (department_id, requested_at) INCLUDE (priority, outcome, retrieval_minutes);
      CREATE INDEX record_request_organisation_time_idx ON record_request (organisation_id, requested_at) INCLUDE (priority, outcome, retrieval_minutes);
    `);
  }
}
