import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The rota: shift types, cover requirements, part-time working patterns, rota periods with
 * their dated shifts and assignments, absences, swap requests and personal calendar feeds.
 * Indexes serve the planner (a period's shifts and assignments by date), each person's shifts
 * (staff member, period), and the lists (department, status, dates).
 */
export class Rota1763780000000 implements MigrationInterface {
  name = 'Rota1763780000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE shift_type (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        start_time text NOT NULL,
        end_time text NOT NULL,
        ends_next_day boolean NOT NULL DEFAULT false,
        unpaid_break_minutes integer NOT NULL,
        paid_break_minutes integer NOT NULL DEFAULT 0,
        location_id uuid NOT NULL,
        required_skill text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT shift_type_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT shift_type_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT shift_type_location_fk FOREIGN KEY (location_id) REFERENCES location (id) ON DELETE RESTRICT,
        CONSTRAINT shift_type_start_time_check CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        CONSTRAINT shift_type_end_time_check CHECK (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
        CONSTRAINT shift_type_ends_after_start_check CHECK (ends_next_day OR end_time > start_time),
        CONSTRAINT shift_type_breaks_check CHECK (unpaid_break_minutes >= 0 AND paid_break_minutes >= 0),
        CONSTRAINT shift_type_required_skill_check CHECK (required_skill IS NULL OR required_skill IN ('a-and-e-desk', 'reception', 'tracking', 'filing', 'scanning', 'coding', 'sar'))
      );
      CREATE INDEX shift_type_organisation_id_idx ON shift_type (organisation_id);
      CREATE INDEX shift_type_location_id_idx ON shift_type (location_id);
      CREATE UNIQUE INDEX shift_type_department_code_key ON shift_type (department_id, code);

      CREATE TABLE cover_requirement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        location_id uuid NOT NULL,
        shift_type_id uuid NOT NULL,
        weekday smallint,
        date date,
        minimum integer NOT NULL,
        ideal integer NOT NULL,
        skill_mix jsonb NOT NULL DEFAULT '[]',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cover_requirement_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT cover_requirement_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT cover_requirement_location_fk FOREIGN KEY (location_id) REFERENCES location (id) ON DELETE RESTRICT,
        CONSTRAINT cover_requirement_shift_type_fk FOREIGN KEY (shift_type_id) REFERENCES shift_type (id) ON DELETE CASCADE,
        CONSTRAINT cover_requirement_applies_to_check CHECK ((weekday IS NULL) <> (date IS NULL)),
        CONSTRAINT cover_requirement_weekday_check CHECK (weekday BETWEEN 1 AND 7),
        CONSTRAINT cover_requirement_head_count_check CHECK (minimum >= 0 AND ideal >= minimum)
      );
      CREATE INDEX cover_requirement_organisation_id_idx ON cover_requirement (organisation_id);
      CREATE INDEX cover_requirement_location_id_idx ON cover_requirement (location_id);
      CREATE INDEX cover_requirement_shift_type_id_idx ON cover_requirement (shift_type_id);
      CREATE INDEX cover_requirement_department_idx ON cover_requirement (department_id, shift_type_id);

      CREATE TABLE working_pattern (
        staff_member_id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        weekdays smallint[] NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT working_pattern_staff_member_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
        CONSTRAINT working_pattern_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT
      );
      CREATE INDEX working_pattern_organisation_id_idx ON working_pattern (organisation_id);

      CREATE TABLE rota_period (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        name text NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        published_at timestamptz,
        published_by text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rota_period_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT rota_period_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT rota_period_status_check CHECK (status IN ('draft', 'published', 'finalised')),
        CONSTRAINT rota_period_dates_check CHECK (end_date >= start_date)
      );
      CREATE INDEX rota_period_organisation_id_idx ON rota_period (organisation_id);
      CREATE INDEX rota_period_department_dates_idx ON rota_period (department_id, start_date, end_date);

      CREATE TABLE rota_shift (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        period_id uuid NOT NULL,
        shift_type_id uuid NOT NULL,
        date date NOT NULL,
        CONSTRAINT rota_shift_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT rota_shift_period_fk FOREIGN KEY (period_id) REFERENCES rota_period (id) ON DELETE CASCADE,
        CONSTRAINT rota_shift_shift_type_fk FOREIGN KEY (shift_type_id) REFERENCES shift_type (id) ON DELETE RESTRICT
      );
      CREATE INDEX rota_shift_organisation_id_idx ON rota_shift (organisation_id);
      CREATE INDEX rota_shift_period_date_idx ON rota_shift (period_id, date);
      CREATE INDEX rota_shift_shift_type_date_idx ON rota_shift (shift_type_id, date);

      CREATE TABLE rota_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        period_id uuid NOT NULL,
        shift_id uuid NOT NULL,
        staff_member_id uuid NOT NULL,
        source text NOT NULL DEFAULT 'manual',
        acknowledgements jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rota_assignment_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT rota_assignment_period_fk FOREIGN KEY (period_id) REFERENCES rota_period (id) ON DELETE CASCADE,
        CONSTRAINT rota_assignment_shift_fk FOREIGN KEY (shift_id) REFERENCES rota_shift (id) ON DELETE CASCADE,
        CONSTRAINT rota_assignment_staff_member_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE RESTRICT,
        CONSTRAINT rota_assignment_source_check CHECK (source IN ('manual', 'auto', 'swap', 'bank', 'agency'))
      );
      CREATE INDEX rota_assignment_organisation_id_idx ON rota_assignment (organisation_id);
      CREATE INDEX rota_assignment_period_id_idx ON rota_assignment (period_id);
      CREATE INDEX rota_assignment_staff_member_idx ON rota_assignment (staff_member_id, period_id);
      CREATE UNIQUE INDEX rota_assignment_shift_staff_key ON rota_assignment (shift_id, staff_member_id);

      CREATE TABLE absence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        staff_member_id uuid NOT NULL,
        kind text NOT NULL,
        status text NOT NULL DEFAULT 'requested',
        start_date date NOT NULL,
        end_date date NOT NULL,
        start_time text,
        end_time text,
        note text,
        requested_by_account_id uuid,
        decided_by text,
        decided_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT absence_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT absence_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT absence_staff_member_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
        CONSTRAINT absence_kind_check CHECK (kind IN ('annual-leave', 'sickness', 'training', 'study', 'special')),
        CONSTRAINT absence_status_check CHECK (status IN ('requested', 'approved', 'declined', 'cancelled')),
        CONSTRAINT absence_dates_check CHECK (end_date >= start_date),
        CONSTRAINT absence_times_check CHECK ((start_time IS NULL AND end_time IS NULL) OR (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND end_time > start_time AND end_date = start_date))
      );
      CREATE INDEX absence_organisation_id_idx ON absence (organisation_id);
      CREATE INDEX absence_staff_member_dates_idx ON absence (staff_member_id, start_date);
      CREATE INDEX absence_department_status_dates_idx ON absence (department_id, status, start_date);

      CREATE TABLE swap_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'requested',
        from_assignment_id uuid NOT NULL,
        from_staff_member_id uuid NOT NULL,
        to_staff_member_id uuid NOT NULL,
        to_assignment_id uuid,
        note text,
        decided_by text,
        decided_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT swap_request_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT swap_request_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT swap_request_from_assignment_fk FOREIGN KEY (from_assignment_id) REFERENCES rota_assignment (id) ON DELETE CASCADE,
        CONSTRAINT swap_request_from_staff_member_fk FOREIGN KEY (from_staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
        CONSTRAINT swap_request_to_staff_member_fk FOREIGN KEY (to_staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
        CONSTRAINT swap_request_to_assignment_fk FOREIGN KEY (to_assignment_id) REFERENCES rota_assignment (id) ON DELETE CASCADE,
        CONSTRAINT swap_request_status_check CHECK (status IN ('requested', 'approved', 'declined', 'cancelled')),
        CONSTRAINT swap_request_people_check CHECK (from_staff_member_id <> to_staff_member_id)
      );
      CREATE INDEX swap_request_organisation_id_idx ON swap_request (organisation_id);
      CREATE INDEX swap_request_from_assignment_id_idx ON swap_request (from_assignment_id);
      CREATE INDEX swap_request_from_staff_member_id_idx ON swap_request (from_staff_member_id);
      CREATE INDEX swap_request_to_staff_member_id_idx ON swap_request (to_staff_member_id);
      CREATE INDEX swap_request_to_assignment_id_idx ON swap_request (to_assignment_id);
      CREATE INDEX swap_request_department_status_idx ON swap_request (department_id, status, created_at);

      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        staff_member_id uuid NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        CONSTRAINT calendar_feed_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT calendar_feed_staff_member_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE
      );
      CREATE INDEX calendar_feed_organisation_id_idx ON calendar_feed (organisation_id);
      CREATE INDEX calendar_feed_staff_member_id_idx ON calendar_feed (staff_member_id);
      CREATE UNIQUE INDEX calendar_feed_token_hash_key ON calendar_feed (token_hash);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE calendar_feed;
      DROP TABLE swap_request;
      DROP TABLE absence;
      DROP TABLE rota_assignment;
      DROP TABLE rota_shift;
      DROP TABLE rota_period;
      DROP TABLE working_pattern;
      DROP TABLE cover_requirement;
      DROP TABLE shift_type;
    `);
  }
}
