import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEMO_PASSWORD, generateDemoOrganisation } from '@recordroom/demo-department';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { seedDemoOrganisation } from './seed-demo-organisation.js';

/** Any fixed number: the advisory lock held while the demo trust is seeded. */
const DEMO_SEED_LOCK = 7_351_002;

@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Seeds the demo trust on first start: only when the database holds no organisation at all. */
  async seedIfEmpty(): Promise<{ seeded: boolean; accounts: { role: string; email: string }[]; password: string }> {
    const demo = generateDemoOrganisation();
    const accounts = demo.accounts.map((a) => ({ role: a.role, email: a.email }));
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    // Replicas starting together: the first takes the lock and seeds, the others then find it done.
    const seeded = await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [DEMO_SEED_LOCK]);
      if ((await em.getRepository(OrganisationEntity).count()) > 0) return false;
      await seedDemoOrganisation(em, demo, passwordHash);
      return true;
    });
    if (!seeded) return { seeded: false, accounts, password: DEMO_PASSWORD };
    this.logger.log(`Seeded the demo trust "${demo.organisation.name}" with ${demo.staff.length} staff`);
    return { seeded: true, accounts, password: DEMO_PASSWORD };
  }
}
