import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Auto-rostering jobs: one row per solve of a rota period, the record the planner polls and a
 * manager accepts or rejects. The queue itself is pg-boss's (its own `pgboss` schema, created and
 * upgraded by pg-boss when the API starts); this row holds what the product needs beside it:
 * scope, the options asked for, progress, the preview, the outcome, and the period version the
 * solve read (accepting a rota that has moved on since is refused). At most one solve of a period
 * is under way at a time (the partial unique index), across every API replica.
 */
export class RotaSolve1764200000000 implements MigrationInterface {
  name = 'RotaSolve1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rota_solve (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        period_id uuid NOT NULL,
        job_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'queued',
        mode text NOT NULL,
        options jsonb NOT NULL,
        base_version integer NOT NULL,
        progress jsonb,
        preview jsonb,
        failure text,
        requested_by text NOT NULL,
        cancel_requested_at timestamptz,
        heartbeat_at timestamptz,
        started_at timestamptz,
        finished_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rota_solve_status_check CHECK (status IN ('queued', 'running', 'ready', 'infeasible', 'cancelled', 'failed', 'accepted', 'rejected')),
        CONSTRAINT rota_solve_mode_check CHECK (mode IN ('whole-period', 'fill-gaps')),
        CONSTRAINT rota_solve_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT rota_solve_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT rota_solve_period_fk FOREIGN KEY (period_id) REFERENCES rota_period (id) ON DELETE CASCADE
      );
      CREATE INDEX rota_solve_organisation_id_idx ON rota_solve (organisation_id);
      CREATE INDEX rota_solve_department_id_idx ON rota_solve (department_id);
      CREATE INDEX rota_solve_period_created_idx ON rota_solve (period_id, created_at);
      CREATE UNIQUE INDEX rota_solve_one_under_way_key ON rota_solve (period_id) WHERE status IN ('queued', 'running');
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE rota_solve');
  }
}
