import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Line management (docs/line-management.md): employment dates on the staff record, sickness
 * episodes with their return-to-work interview, appraisals, mandatory training courses and
 * completions, checks (DBS, right to work, probation), each department's people policy (leave
 * year, carry-over cap, DBS renewal, Bradford triggers) and leave carried over between leave
 * years. Leave itself stays in the rota's `absence` table. Every editable row carries `version`.
 *
 * Courses with no organisation are the national defaults every trust sees (data security
 * awareness yearly: ../shared/domain/records-service-standards.md §5); a trust adds its own.
 */
export class LineManagement1764300000000 implements MigrationInterface {
  name = 'LineManagement1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE staff_member ADD COLUMN employment_start_date date, ADD COLUMN employment_end_date date;
      UPDATE staff_member SET employment_start_date = nhs_service_start_date;
      ALTER TABLE staff_member ALTER COLUMN employment_start_date SET NOT NULL;
      ALTER TABLE staff_member ADD CONSTRAINT staff_member_employment_dates_check CHECK (employment_end_date IS NULL OR employment_end_date >= employment_start_date);

      CREATE TABLE people_policy (
        department_id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        leave_year_kind text NOT NULL DEFAULT 'fixed' CHECK (leave_year_kind IN ('fixed', 'anniversary')),
        leave_year_start_month smallint NOT NULL DEFAULT 4 CHECK (leave_year_start_month BETWEEN 1 AND 12),
        leave_year_start_day smallint NOT NULL DEFAULT 1 CHECK (leave_year_start_day BETWEEN 1 AND 28),
        carry_over_cap_hours numeric(5,2) CHECK (carry_over_cap_hours BETWEEN 0 AND 300),
        dbs_renewal_years smallint NOT NULL DEFAULT 3 CHECK (dbs_renewal_years BETWEEN 1 AND 10),
        bradford_triggers integer[] NOT NULL DEFAULT '{50,125,400}',
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT people_policy_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE CASCADE,
        CONSTRAINT people_policy_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
      );

      CREATE TABLE leave_carry_over (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        staff_member_id uuid NOT NULL,
        leave_year_start date NOT NULL,
        hours numeric(6,2) NOT NULL CHECK (hours BETWEEN -300 AND 300),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT leave_carry_over_staff_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
        CONSTRAINT leave_carry_over_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT leave_carry_over_year_key UNIQUE (staff_member_id, leave_year_start)
      );

      CREATE TABLE sickness_episode (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        staff_member_id uuid NOT NULL,
        start_date date NOT NULL,
        end_date date,
        start_half_day boolean NOT NULL DEFAULT false,
        end_half_day boolean NOT NULL DEFAULT false,
        reason_code text NOT NULL,
        exclusion text CHECK (exclusion IN ('disability-related', 'pregnancy-related', 'dependant-emergency')),
        return_to_work_meeting_on date,
        return_to_work_interview_on date,
        external_id text,
        recorded_by text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sickness_episode_staff_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
        CONSTRAINT sickness_episode_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT sickness_episode_dates_check CHECK (end_date IS NULL OR end_date >= start_date)
      );
      CREATE INDEX sickness_episode_staff_idx ON sickness_episode (staff_member_id, start_date);
      CREATE INDEX sickness_episode_department_idx ON sickness_episode (department_id, start_date);
      CREATE UNIQUE INDEX sickness_episode_external_id_key ON sickness_episode (organisation_id, external_id) WHERE external_id IS NOT NULL;

      CREATE TABLE appraisal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        staff_member_id uuid NOT NULL,
        completed_on date NOT NULL,
        appraiser text NOT NULL,
        note text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT appraisal_staff_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
        CONSTRAINT appraisal_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT appraisal_day_key UNIQUE (staff_member_id, completed_on)
      );

      CREATE TABLE course (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid,
        code text NOT NULL,
        name text NOT NULL,
        renewal_months smallint CHECK (renewal_months BETWEEN 1 AND 120),
        required_for_skills text[],
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT course_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
      );
      CREATE UNIQUE INDEX course_code_key ON course (coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid), code);
      INSERT INTO course (code, name, renewal_months, required_for_skills) VALUES
        ('data-security-awareness', 'Data security awareness', 12, NULL),
        ('fire-safety', 'Fire safety', 24, NULL),
        ('equality-diversity-human-rights', 'Equality, diversity and human rights', 36, NULL),
        ('information-governance-sar', 'Subject access requests', 24, '{sar}');

      CREATE TABLE training_completion (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        staff_member_id uuid NOT NULL,
        course_id uuid NOT NULL,
        completed_on date NOT NULL,
        recorded_by text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT training_completion_staff_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
        CONSTRAINT training_completion_course_fk FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE RESTRICT,
        CONSTRAINT training_completion_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT training_completion_day_key UNIQUE (staff_member_id, course_id, completed_on)
      );
      CREATE INDEX training_completion_course_idx ON training_completion (organisation_id, course_id, completed_on);

      CREATE TABLE staff_check (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        staff_member_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('right-to-work', 'probation')),
        checked_on date,
        expires_on date,
        starts_on date,
        length_months smallint CHECK (length_months BETWEEN 1 AND 24),
        extended_to date,
        outcome text CHECK (outcome IN ('passed', 'not-passed')),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT staff_check_staff_fk FOREIGN KEY (staff_member_id) REFERENCES staff_member (id) ON DELETE CASCADE,
        CONSTRAINT staff_check_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT staff_check_kind_key UNIQUE (staff_member_id, kind),
        CONSTRAINT staff_check_shape_check CHECK (
          (kind = 'right-to-work' AND checked_on IS NOT NULL AND starts_on IS NULL AND length_months IS NULL AND extended_to IS NULL AND outcome IS NULL)
          OR (kind = 'probation' AND starts_on IS NOT NULL AND checked_on IS NULL AND expires_on IS NULL))
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE staff_check, training_completion, course, appraisal, sickness_episode, leave_carry_over, people_policy;
      ALTER TABLE staff_member DROP CONSTRAINT staff_member_employment_dates_check, DROP COLUMN employment_start_date, DROP COLUMN employment_end_date;
    `);
  }
}
