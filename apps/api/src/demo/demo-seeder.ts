import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays } from '@recordroom/calendar';
import { DEMO_PASSWORD, generateDemoLineManagement, generateDemoOrganisation, generateDemoPay, generateDemoRota, type DemoOrganisation } from '@recordroom/demo-department';
import { DataSource } from 'typeorm';
import { AccountEntity } from '../auth/account.entity.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { seedDemoKpiEvents } from './seed-demo-kpi-events.js';
import { seedDemoLineManagement } from './seed-demo-line-management.js';
import { seedDemoOrganisation } from './seed-demo-organisation.js';
import { seedDemoQualityAudits } from './seed-demo-quality-audits.js';
import { seedDemoPay } from './seed-demo-pay.js';
import { seedDemoRota } from './seed-demo-rota.js';
import { Clock } from '../time/clock.js';

/** Any fixed number: the advisory lock held while the demo trust is seeded. */
const DEMO_SEED_LOCK = 7_351_002;

@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private loaded = false;
  private generated: DemoOrganisation | undefined;

  /**
   * The demo trust, generated on first use and then kept: it is deterministic, and the health
   * check asks about it often. A deployment with RECORDROOM_SEED_DEMO=false never generates it.
   */
  private get demo(): DemoOrganisation {
    this.generated ??= generateDemoOrganisation();
    return this.generated;
  }

  /**
   * True when the demo trust's sign-ins exist in this database, so the sign-in page may offer
   * them. Remembered once true: demo accounts are not removed while the API runs.
   */
  async isDemoLoaded(): Promise<boolean> {
    if (this.loaded || !this.config.seedDemo) return this.loaded;
    const managerEmail = this.demo.accounts.find((a) => a.role === 'manager')?.email ?? '';
    this.loaded = await this.dataSource.getRepository(AccountEntity).existsBy({ email: managerEmail });
    return this.loaded;
  }

  /**
   * Seeds the demo trust on first start, only when the database holds no organisation at all.
   * `loaded` says whether the demo sign-ins exist afterwards (a real trust's database has none).
   */
  async seedIfEmpty(): Promise<{ loaded: boolean; accounts: { role: string; email: string }[]; password: string }> {
    const demo = this.demo;
    const accounts = demo.accounts.map((a) => ({ role: a.role, email: a.email }));
    const notEmpty = { loaded: false, accounts, password: DEMO_PASSWORD };
    // The common case, a database already in use, costs one count and no password hashing.
    if ((await this.dataSource.getRepository(OrganisationEntity).count()) > 0) return { ...notEmpty, loaded: await this.isDemoLoaded() };
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    // Replicas starting together: the first takes the lock and seeds, the others then find it done.
    const seeded = await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [DEMO_SEED_LOCK]);
      if ((await em.getRepository(OrganisationEntity).count()) > 0) return false;
      await seedDemoOrganisation(em, demo, passwordHash);
      const today = this.clock.today();
      // Service events run up to yesterday, so the KPI dashboard opens on a live-looking year.
      await seedDemoKpiEvents(em, demo, addDays(today, -1));
      // The rota is built around today, so the demo always opens on a current published rota,
      // a draft of the next four weeks with gaps, and a year of history behind them.
      await seedDemoRota(em, generateDemoRota(demo, { referenceDate: today }));
      // A year of sickness, training, appraisals and checks, so the officer's team page has something to act on.
      await seedDemoLineManagement(em, demo.organisation.id, generateDemoLineManagement(demo, { referenceDate: today }));
      // Two years of records-quality audits, so the programme, trends and actions look lived-in.
      await seedDemoQualityAudits(em, demo, today);
      // This financial year's establishment and budget, with spend for the months gone by.
      await seedDemoPay(em, demo.organisation.id, generateDemoPay(demo, { referenceDate: today }));
      return true;
    });
    if (!seeded) return { ...notEmpty, loaded: await this.isDemoLoaded() };
    this.logger.log(`Seeded the demo trust "${demo.organisation.name}" with ${demo.staff.length} staff`);
    this.loaded = true;
    return { loaded: true, accounts, password: DEMO_PASSWORD };
  }
}
