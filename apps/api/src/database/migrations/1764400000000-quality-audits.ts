import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Records-quality audits (docs/quality-audits.md): the standards library, templates and their
 * immutable revisions, audits (drafts, submitted, amendments) and their actions. Not the audit
 * trail (audit_event).
 */
export class QualityAudits1764400000000 implements MigrationInterface {
  name = 'QualityAudits1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE quality_standard (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        code text NOT NULL,
        title text NOT NULL,
        category text NOT NULL,
        description text NOT NULL,
        source text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT quality_standard_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT quality_standard_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT quality_standard_category_check CHECK (category IN ('record-keeping', 'service'))
      );
      CREATE INDEX quality_standard_organisation_id_idx ON quality_standard (organisation_id);
      CREATE UNIQUE INDEX quality_standard_department_code_key ON quality_standard (department_id, code);

      CREATE TABLE quality_audit_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        name text NOT NULL,
        current_revision integer NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT quality_audit_template_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT quality_audit_template_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT
      );
      CREATE INDEX quality_audit_template_organisation_id_idx ON quality_audit_template (organisation_id);
      CREATE UNIQUE INDEX quality_audit_template_department_name_key ON quality_audit_template (department_id, name);

      CREATE TABLE quality_audit_template_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        template_id uuid NOT NULL,
        revision integer NOT NULL,
        definition jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT quality_audit_template_revision_template_fk FOREIGN KEY (template_id) REFERENCES quality_audit_template (id) ON DELETE RESTRICT
      );
      CREATE UNIQUE INDEX quality_audit_template_revision_key ON quality_audit_template_revision (template_id, revision);

      CREATE TABLE quality_audit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        template_id uuid NOT NULL,
        template_revision_id uuid NOT NULL,
        scope_kind text NOT NULL,
        scope_name text NOT NULL,
        auditor_staff_id uuid NOT NULL,
        audit_date date NOT NULL,
        seed integer NOT NULL,
        population_size integer NOT NULL,
        sample jsonb NOT NULL,
        answers jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL DEFAULT 'draft',
        amendment integer NOT NULL DEFAULT 1,
        amends_audit_id uuid,
        superseded boolean NOT NULL DEFAULT false,
        result jsonb,
        reaudit_date date,
        submitted_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT quality_audit_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT quality_audit_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT quality_audit_template_fk FOREIGN KEY (template_id) REFERENCES quality_audit_template (id) ON DELETE RESTRICT,
        CONSTRAINT quality_audit_template_revision_fk FOREIGN KEY (template_revision_id) REFERENCES quality_audit_template_revision (id) ON DELETE RESTRICT,
        CONSTRAINT quality_audit_status_check CHECK (status IN ('draft', 'submitted')),
        CONSTRAINT quality_audit_scope_kind_check CHECK (scope_kind IN ('location', 'team', 'specialty'))
      );
      CREATE INDEX quality_audit_organisation_id_idx ON quality_audit (organisation_id);
      CREATE INDEX quality_audit_template_id_idx ON quality_audit (template_id);
      CREATE INDEX quality_audit_department_date_idx ON quality_audit (department_id, audit_date);

      CREATE TABLE quality_audit_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        audit_id uuid NOT NULL,
        criterion_id text NOT NULL,
        description text NOT NULL,
        owner_staff_id uuid NOT NULL,
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'open',
        evidence text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT quality_audit_action_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT quality_audit_action_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT quality_audit_action_audit_fk FOREIGN KEY (audit_id) REFERENCES quality_audit (id) ON DELETE RESTRICT,
        CONSTRAINT quality_audit_action_status_check CHECK (status IN ('open', 'in-progress', 'done'))
      );
      CREATE INDEX quality_audit_action_organisation_id_idx ON quality_audit_action (organisation_id);
      CREATE INDEX quality_audit_action_audit_id_idx ON quality_audit_action (audit_id);
      CREATE INDEX quality_audit_action_department_due_idx ON quality_audit_action (department_id, due_date);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE quality_audit_action; DROP TABLE quality_audit; DROP TABLE quality_audit_template_revision; DROP TABLE quality_audit_template; DROP TABLE quality_standard;');
  }
}
