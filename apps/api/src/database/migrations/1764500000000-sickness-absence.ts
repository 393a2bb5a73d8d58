import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A sickness episode's rota absence (docs/line-management.md): the episode recorded by the line
 * manager puts the person off sick on the rota, so cover gaps show, the solver leaves them out
 * and the KPI sickness absence rate counts it. One absence per episode. No foreign key: the
 * line-management tables have no entities, and the absence entity must match the schema
 * (test/schema.int-spec.ts); both rows go with the staff member, and episodes are never deleted.
 */
export class SicknessAbsence1764500000000 implements MigrationInterface {
  name = 'SicknessAbsence1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE absence ADD COLUMN sickness_episode_id uuid;
      CREATE UNIQUE INDEX absence_sickness_episode_key ON absence (sickness_episode_id) WHERE sickness_episode_id IS NOT NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX absence_sickness_episode_key;
      ALTER TABLE absence DROP COLUMN sickness_episode_id;
    `);
  }
}
