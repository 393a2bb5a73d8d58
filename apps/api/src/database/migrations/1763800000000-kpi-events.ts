import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Records-service KPI events (docs/api/kpi.md): record requests, clinic pulls, filing backlog
 * snapshots and subject access requests, each with the tracking system's external id (unique
 * per organisation, so re-importing a file adds nothing) and the import that brought it; and the
 * imports themselves. No patient-identifiable data: record ids are pseudonyms.
 *
 * Sized for a trust: a million record requests a year. The aggregates scan by (department or
 * organisation, time) and read priority, outcome and retrieval minutes from the index alone.
 */
export class KpiEvents1763800000000 implements MigrationInterface {
  name = 'KpiEvents1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE kpi_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        kind text NOT NULL,
        file_name text,
        imported_by_account_id uuid,
        imported_by_name text NOT NULL,
        lines_read integer NOT NULL,
        inserted integer NOT NULL,
        already_present integer NOT NULL,
        duration_ms integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT kpi_import_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT kpi_import_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT kpi_import_kind_check CHECK (kind IN ('record-requests', 'clinic-pulls', 'filing-backlog', 'subject-access-requests'))
      );
      CREATE INDEX kpi_import_department_time_idx ON kpi_import (organisation_id, department_id, created_at DESC);

      CREATE TABLE record_request (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        import_id uuid,
        external_id text NOT NULL,
        record_id text NOT NULL,
        priority text NOT NULL,
        requesting_location text NOT NULL,
        requested_at timestamptz NOT NULL,
        located_at timestamptz,
        dispatched_at timestamptz,
        delivered_at timestamptz,
        outcome text NOT NULL,
        handled_by text,
        -- Elapsed minutes request to delivery of the main folder, as retrievalMinutes() in @recordroom/kpi.
        retrieval_minutes double precision GENERATED ALWAYS AS (
          CASE WHEN outcome = 'delivered' THEN extract(epoch FROM delivered_at - requested_at)::double precision / 60 END
        ) STORED,
        CONSTRAINT record_request_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT record_request_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT record_request_import_fk FOREIGN KEY (import_id) REFERENCES kpi_import (id) ON DELETE SET NULL,
        CONSTRAINT record_request_priority_check CHECK (priority IN ('emergency', 'urgent', 'routine', 'clinic-pull')),
        CONSTRAINT record_request_outcome_check CHECK (outcome IN ('delivered', 'not-found', 'temporary-notes')),
        CONSTRAINT record_request_delivery_check CHECK (delivered_at IS NULL OR delivered_at >= requested_at)
      );
      CREATE UNIQUE INDEX record_request_organisation_external_id_key ON record_request (organisation_id, external_id);
      CREATE INDEX record_request_department_time_idx ON record_request (department_id, requested_at) INCLUDE (priority, outcome, retrieval_minutes);
      CREATE INDEX record_request_organisation_time_idx ON record_request (organisation_id, requested_at) INCLUDE (priority, outcome, retrieval_minutes);
      CREATE INDEX record_request_import_id_idx ON record_request (import_id);

      CREATE TABLE clinic_pull (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        import_id uuid,
        external_id text NOT NULL,
        clinic_id text NOT NULL,
        clinic_date date NOT NULL,
        record_id text NOT NULL,
        notes_available_at_start boolean NOT NULL,
        CONSTRAINT clinic_pull_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT clinic_pull_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT clinic_pull_import_fk FOREIGN KEY (import_id) REFERENCES kpi_import (id) ON DELETE SET NULL
      );
      CREATE UNIQUE INDEX clinic_pull_organisation_external_id_key ON clinic_pull (organisation_id, external_id);
      CREATE INDEX clinic_pull_department_date_idx ON clinic_pull (department_id, clinic_date) INCLUDE (notes_available_at_start);
      CREATE INDEX clinic_pull_organisation_date_idx ON clinic_pull (organisation_id, clinic_date) INCLUDE (notes_available_at_start);
      CREATE INDEX clinic_pull_import_id_idx ON clinic_pull (import_id);

      CREATE TABLE filing_backlog_snapshot (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        import_id uuid,
        external_id text NOT NULL,
        taken_on date NOT NULL,
        location text NOT NULL,
        items integer NOT NULL,
        oldest_item_received_on date,
        CONSTRAINT filing_backlog_snapshot_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT filing_backlog_snapshot_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT filing_backlog_snapshot_import_fk FOREIGN KEY (import_id) REFERENCES kpi_import (id) ON DELETE SET NULL,
        CONSTRAINT filing_backlog_snapshot_items_check CHECK (items >= 0),
        CONSTRAINT filing_backlog_snapshot_oldest_check CHECK (oldest_item_received_on IS NULL OR oldest_item_received_on <= taken_on)
      );
      CREATE UNIQUE INDEX filing_backlog_snapshot_organisation_external_id_key ON filing_backlog_snapshot (organisation_id, external_id);
      CREATE INDEX filing_backlog_snapshot_department_date_idx ON filing_backlog_snapshot (department_id, taken_on);
      CREATE INDEX filing_backlog_snapshot_organisation_date_idx ON filing_backlog_snapshot (organisation_id, taken_on);
      CREATE INDEX filing_backlog_snapshot_import_id_idx ON filing_backlog_snapshot (import_id);

      CREATE TABLE subject_access_request (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        import_id uuid,
        external_id text NOT NULL,
        received_on date NOT NULL,
        clock_starts_on date,
        pauses jsonb NOT NULL DEFAULT '[]',
        extended boolean NOT NULL DEFAULT false,
        completed_on date,
        -- The statutory due date from sarDueDate() in @recordroom/kpi (bank holidays live there), kept
        -- so "due in the period" is an index range; null while the clock is stopped.
        due_on date,
        CONSTRAINT subject_access_request_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT subject_access_request_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT subject_access_request_import_fk FOREIGN KEY (import_id) REFERENCES kpi_import (id) ON DELETE SET NULL
      );
      CREATE UNIQUE INDEX subject_access_request_organisation_external_id_key ON subject_access_request (organisation_id, external_id);
      CREATE INDEX subject_access_request_department_due_idx ON subject_access_request (department_id, due_on);
      CREATE INDEX subject_access_request_organisation_due_idx ON subject_access_request (organisation_id, due_on);
      CREATE INDEX subject_access_request_import_id_idx ON subject_access_request (import_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE subject_access_request;
      DROP TABLE filing_backlog_snapshot;
      DROP TABLE clinic_pull;
      DROP TABLE record_request;
      DROP TABLE kpi_import;
    `);
  }
}
