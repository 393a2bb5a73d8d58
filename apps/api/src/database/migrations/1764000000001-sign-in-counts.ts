import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Sign-in attempts are counted in one row per email address and per client address, each
 * attempt by a single upsert that locks its row, instead of one row per failure counted before
 * the password check: concurrent attempts were all counted against the same old total, so 40 sent
 * at once had 19 passwords checked against a limit of 10. The failures kept so far are at most
 * fifteen minutes' worth and are not carried over.
 */
export class SignInCounts1764000000001 implements MigrationInterface {
  name = 'SignInCounts1764000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE sign_in_failure;
      CREATE TABLE sign_in_count (
        scope text NOT NULL,
        key text NOT NULL,
        attempts integer NOT NULL,
        window_ends_at timestamptz NOT NULL,
        PRIMARY KEY (scope, key),
        CONSTRAINT sign_in_count_scope_check CHECK (scope IN ('email', 'address'))
      );
      CREATE INDEX sign_in_count_window_ends_at_idx ON sign_in_count (window_ends_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE sign_in_count;
      CREATE TABLE sign_in_failure (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        failed_at timestamptz NOT NULL
      );
      CREATE INDEX sign_in_failure_email_time_idx ON sign_in_failure (email, failed_at);
    `);
  }
}
