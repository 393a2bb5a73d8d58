import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { type AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { DatabaseModule } from './database/database.module.js';
import { DemoModule } from './demo/demo.module.js';
import { HealthModule } from './health/health.module.js';
import { KpiModule } from './kpi/kpi.module.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { SameOriginWritesGuard } from './http/same-origin-writes.guard.js';
import { StorableTextGuard } from './http/storable-text.guard.js';
import { OrganisationModule } from './organisation/organisation.module.js';
import { PeopleModule } from './people/people.module.js';
import { QualityAuditModule } from './quality-audit/quality-audit.module.js';
import { RotaModule } from './rota/rota.module.js';
import { PayModule } from './pay/pay.module.js';
import { StaffModule } from './staff/staff.module.js';
import { type Clock } from './time/clock.js';
import { ClockModule } from './time/clock.module.js';

@Module({})
export class AppModule {
  /**
   * The whole API on the database at `databaseUrl`, which `migrate()` has brought up to date,
   * reading the time from `clock` (the system clock unless a test pins it).
   */
  static forRoot(config: AppConfig, databaseUrl: string, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.database)),
        DatabaseModule,
        AuditModule,
        AuthModule,
        OrganisationModule,
        StaffModule,
        KpiModule,
        RotaModule,
        PeopleModule,
        QualityAuditModule,
        PayModule,
        HealthModule,
        DemoModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        // Global guards run in the order they are registered, and this module's providers are
        // registered before those of the modules it imports: so these two run before the
        // AuthModule's AuthGuard, and a cross-site write or unstorable text is refused before a
        // session is looked up or a sign-in attempt is counted.
        { provide: APP_GUARD, useClass: SameOriginWritesGuard },
        { provide: APP_GUARD, useClass: StorableTextGuard },
      ],
    };
  }
}

