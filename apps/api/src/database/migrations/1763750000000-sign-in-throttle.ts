import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Refused sign-ins by email address, counted to throttle password guessing (SignInThrottle). */
export class SignInThrottle1763750000000 implements MigrationInterface {
  name = 'SignInThrottle1763750000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sign_in_failure (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        failed_at timestamptz NOT NULL
      );
      CREATE INDEX sign_in_failure_email_time_idx ON sign_in_failure (email, failed_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE sign_in_failure');
  }
}
