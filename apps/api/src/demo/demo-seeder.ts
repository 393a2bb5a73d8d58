import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEMO_PASSWORD, generateDemoOrganisation } from '@recordroom/demo-department';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { seedDemoOrganisation } from './seed-demo-organisation.js';

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
    if ((await this.dataSource.getRepository(OrganisationEntity).count()) > 0) return { seeded: false, accounts, password: DEMO_PASSWORD };
    await seedDemoOrganisation(this.dataSource, demo, await this.hasher.hash(DEMO_PASSWORD));
    this.logger.log(`Seeded the demo trust "${demo.organisation.name}" with ${demo.staff.length} staff`);
    return { seeded: true, accounts, password: DEMO_PASSWORD };
  }
}
