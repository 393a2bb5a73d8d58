import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The foundation schema: organisations (trusts), departments, teams, locations, staff members,
 * accounts, sessions and the audit trail. Every row carries its organisation for tenant scoping.
 */
export class Foundation1763700000000 implements MigrationInterface {
  name = 'Foundation1763700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        ods_code text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX organisation_ods_code_key ON organisation (ods_code);

      CREATE TABLE department (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        name text NOT NULL,
        cost_centre text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT department_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT
      );
      CREATE UNIQUE INDEX department_organisation_name_key ON department (organisation_id, name);

      CREATE TABLE team (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        name text NOT NULL,
        lead_staff_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT team_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT team_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT
      );
      CREATE INDEX team_organisation_id_idx ON team (organisation_id);
      CREATE UNIQUE INDEX team_department_name_key ON team (department_id, name);

      CREATE TABLE location (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT location_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT location_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT location_kind_check CHECK (kind IN ('records-library', 'outpatient-reception', 'a-and-e-records-desk', 'ward', 'coding-office', 'scanning-bureau', 'access-to-records-office'))
      );
      CREATE INDEX location_organisation_id_idx ON location (organisation_id);
      CREATE UNIQUE INDEX location_department_name_key ON location (department_id, name);

      CREATE TABLE staff_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        team_id uuid,
        employee_number text NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL,
        job_title text NOT NULL,
        band text NOT NULL,
        pay_point smallint NOT NULL,
        contract_type text NOT NULL,
        contracted_hours_per_week numeric(4,2) NOT NULL,
        skills text[] NOT NULL DEFAULT '{}',
        line_manager_id uuid,
        nhs_service_start_date date NOT NULL,
        working_time_opt_out boolean NOT NULL DEFAULT false,
        dbs_check_date date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT staff_member_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT staff_member_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT staff_member_team_fk FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE SET NULL,
        CONSTRAINT staff_member_line_manager_fk FOREIGN KEY (line_manager_id) REFERENCES staff_member (id) ON DELETE SET NULL,
        CONSTRAINT staff_member_band_check CHECK (band IN ('2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9')),
        CONSTRAINT staff_member_contract_type_check CHECK (contract_type IN ('permanent', 'fixed-term', 'bank')),
        CONSTRAINT staff_member_contracted_hours_check CHECK (contracted_hours_per_week BETWEEN 0 AND 48),
        CONSTRAINT staff_member_pay_point_check CHECK (pay_point BETWEEN 1 AND 3)
      );
      CREATE UNIQUE INDEX staff_member_organisation_employee_number_key ON staff_member (organisation_id, employee_number);
      CREATE INDEX staff_member_directory_idx ON staff_member (organisation_id, department_id, last_name, first_name);
      CREATE INDEX staff_member_name_idx ON staff_member (organisation_id, last_name, first_name, id);
      CREATE INDEX staff_member_team_id_idx ON staff_member (team_id);
      CREATE INDEX staff_member_line_manager_id_idx ON staff_member (line_manager_id);

      ALTER TABLE team ADD CONSTRAINT team_lead_staff_fk FOREIGN KEY (lead_staff_id) REFERENCES staff_member (id) ON DELETE SET NULL;

      CREATE TABLE account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        email text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL,
        staff_member_id uuid,
        department_id uuid,
        password_hash text NOT NULL,
        disabled_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT account_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT account_staff_member_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE SET NULL,
        CONSTRAINT account_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE SET NULL,
        CONSTRAINT account_role_check CHECK (role IN ('admin', 'manager', 'officer', 'senior', 'staff'))
      );
      CREATE INDEX account_organisation_id_idx ON account (organisation_id);
      CREATE UNIQUE INDEX account_email_key ON account (email);
      CREATE UNIQUE INDEX account_staff_member_id_key ON account (staff_member_id);

      CREATE TABLE session (
        token_hash text PRIMARY KEY,
        account_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        absolute_expires_at timestamptz NOT NULL,
        CONSTRAINT session_account_fk FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
      );
      CREATE INDEX session_account_id_idx ON session (account_id);
      CREATE INDEX session_expires_at_idx ON session (expires_at);

      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        organisation_id uuid NOT NULL,
        department_id uuid,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_account_id uuid,
        actor_name text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        CONSTRAINT audit_event_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT
      );
      CREATE INDEX audit_event_organisation_time_idx ON audit_event (organisation_id, occurred_at);
      CREATE INDEX audit_event_entity_idx ON audit_event (organisation_id, entity_type, entity_id);
      CREATE INDEX audit_event_department_time_idx ON audit_event (department_id, occurred_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE audit_event;
      DROP TABLE session;
      DROP TABLE account;
      ALTER TABLE team DROP CONSTRAINT team_lead_staff_fk;
      DROP TABLE staff_member;
      DROP TABLE location;
      DROP TABLE team;
      DROP TABLE department;
      DROP TABLE organisation;
    `);
  }
}
