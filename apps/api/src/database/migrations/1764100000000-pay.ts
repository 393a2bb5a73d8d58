import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Staffing costs and budgets: the establishment (funded WTE and budget by band and cost centre
 * per financial year), spend by month (substantive, bank and agency, entered or imported), each
 * organisation's pay settings (nation, agency rate card, on-call agreement, pensionable pay), and
 * on-call: a shift type may be an on-call duty, and call-outs are logged against its assignments.
 * Money is bigint pence, never a float.
 */
export class Pay1764100000000 implements MigrationInterface {
  name = 'Pay1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE establishment_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        financial_year text NOT NULL,
        cost_centre text NOT NULL,
        band text NOT NULL,
        funded_wte numeric(6,2) NOT NULL,
        budget_pence bigint NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT establishment_line_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT establishment_line_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT establishment_line_financial_year_check CHECK (financial_year ~ '^[0-9]{4}/[0-9]{2}$'),
        CONSTRAINT establishment_line_band_check CHECK (band IN ('2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9')),
        CONSTRAINT establishment_line_funded_wte_check CHECK (funded_wte >= 0),
        CONSTRAINT establishment_line_budget_pence_check CHECK (budget_pence >= 0)
      );
      CREATE INDEX establishment_line_organisation_id_idx ON establishment_line (organisation_id);
      CREATE UNIQUE INDEX establishment_line_department_year_cost_centre_band_key ON establishment_line (department_id, financial_year, cost_centre, band);

      CREATE TABLE monthly_spend (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        department_id uuid NOT NULL,
        cost_centre text NOT NULL,
        month date NOT NULL,
        substantive_pence bigint NOT NULL,
        bank_pence bigint NOT NULL,
        agency_pence bigint NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT monthly_spend_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT monthly_spend_department_fk FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE RESTRICT,
        CONSTRAINT monthly_spend_month_check CHECK (EXTRACT(DAY FROM month) = 1),
        CONSTRAINT monthly_spend_pence_check CHECK (substantive_pence >= 0 AND bank_pence >= 0 AND agency_pence >= 0)
      );
      CREATE INDEX monthly_spend_organisation_id_idx ON monthly_spend (organisation_id);
      CREATE UNIQUE INDEX monthly_spend_department_cost_centre_month_key ON monthly_spend (department_id, cost_centre, month);

      CREATE TABLE pay_settings (
        organisation_id uuid PRIMARY KEY,
        nation text NOT NULL,
        agency_rate_card jsonb NOT NULL,
        on_call_agreement jsonb NOT NULL,
        pensionable_policy jsonb NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pay_settings_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT pay_settings_nation_check CHECK (nation IN ('england', 'wales', 'scotland', 'northern-ireland'))
      );

      ALTER TABLE shift_type ADD COLUMN on_call boolean NOT NULL DEFAULT false;

      CREATE TABLE call_out (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL,
        assignment_id uuid NOT NULL,
        start_at timestamptz NOT NULL,
        end_at timestamptz NOT NULL,
        note text NOT NULL DEFAULT '',
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT call_out_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE RESTRICT,
        CONSTRAINT call_out_assignment_fk FOREIGN KEY (assignment_id) REFERENCES rota_assignment (id) ON DELETE CASCADE,
        CONSTRAINT call_out_ends_after_start_check CHECK (end_at > start_at)
      );
      CREATE INDEX call_out_organisation_id_idx ON call_out (organisation_id);
      CREATE INDEX call_out_assignment_id_idx ON call_out (assignment_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE call_out;
      ALTER TABLE shift_type DROP COLUMN on_call;
      DROP TABLE pay_settings;
      DROP TABLE monthly_spend;
      DROP TABLE establishment_line;
    `);
  }
}
