import pg from 'pg';
import { type DataSourceOptions } from 'typeorm';
import { type DatabasePoolConfig } from '../config/app-config.js';
import { AccountEntity } from '../auth/account.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { SignInCountEntity } from '../auth/sign-in-count.entity.js';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { DepartmentEntity } from '../organisation/department.entity.js';
import { LocationEntity } from '../organisation/location.entity.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { TeamEntity } from '../organisation/team.entity.js';
import { AbsenceEntity } from '../rota/entities/absence.entity.js';
import { CalendarFeedEntity } from '../rota/entities/calendar-feed.entity.js';
import { CoverRequirementEntity } from '../rota/entities/cover-requirement.entity.js';
import { RotaAssignmentEntity } from '../rota/entities/rota-assignment.entity.js';
import { RotaPeriodEntity } from '../rota/entities/rota-period.entity.js';
import { RotaShiftEntity } from '../rota/entities/rota-shift.entity.js';
import { ShiftTypeEntity } from '../rota/entities/shift-type.entity.js';
import { SwapRequestEntity } from '../rota/entities/swap-request.entity.js';
import { WorkingPatternEntity } from '../rota/entities/working-pattern.entity.js';
import { RotaSolveEntity } from '../rota/solve/rota-solve.entity.js';
import { QUALITY_AUDIT_ENTITIES } from '../quality-audit/quality-audit.entities.js';
import { CallOutEntity } from '../pay/entities/call-out.entity.js';
import { EstablishmentLineEntity } from '../pay/entities/establishment-line.entity.js';
import { MonthlySpendEntity } from '../pay/entities/monthly-spend.entity.js';
import { PaySettingsEntity } from '../pay/entities/pay-settings.entity.js';
import { StaffMemberEntity } from '../staff/staff-member.entity.js';
import { Foundation1763700000000 } from './migrations/1763700000000-foundation.js';
import { SignInThrottle1763750000000 } from './migrations/1763750000000-sign-in-throttle.js';
import { Rota1763780000000 } from './migrations/1763780000000-rota.js';
import { KpiEvents1763800000000 } from './migrations/1763800000000-kpi-events.js';
import { RecordRequestLocalDates1763800000001 } from './migrations/1763800000001-record-request-local-dates.js';
import { KpiImportLine1763800000002 } from './migrations/1763800000002-kpi-import-line.js';
import { SignInCounts1764000000001 } from './migrations/1764000000001-sign-in-counts.js';
import { KpiExternalIdPerDepartment1764000000002 } from './migrations/1764000000002-kpi-external-id-per-department.js';
import { KpiImportLease1764000000003 } from './migrations/1764000000003-kpi-import-lease.js';
import { LineManagement1764300000000 } from './migrations/1764300000000-line-management.js';
import { RotaSolve1764200000000 } from './migrations/1764200000000-rota-solve.js';
import { QualityAudits1764400000000 } from './migrations/1764400000000-quality-audits.js';
import { SicknessAbsence1764500000000 } from './migrations/1764500000000-sickness-absence.js';
import { Pay1764100000000 } from './migrations/1764100000000-pay.js';
import { SnakeNamingStrategy } from './snake-naming-strategy.js';

// Listed explicitly: glob discovery is fragile under ESM (../shared/STACK.md).
const ENTITIES = [
  OrganisationEntity,
  DepartmentEntity,
  TeamEntity,
  LocationEntity,
  StaffMemberEntity,
  AccountEntity,
  SessionEntity,
  SignInCountEntity,
  AuditEventEntity,
  ShiftTypeEntity,
  CoverRequirementEntity,
  WorkingPatternEntity,
  RotaPeriodEntity,
  RotaShiftEntity,
  RotaAssignmentEntity,
  AbsenceEntity,
  SwapRequestEntity,
  CalendarFeedEntity,
  RotaSolveEntity,
  ...QUALITY_AUDIT_ENTITIES,
  EstablishmentLineEntity,
  MonthlySpendEntity,
  PaySettingsEntity,
  CallOutEntity,
];

// A calendar date (PostgreSQL `date`) stays the 'yyyy-mm-dd' string it is; the driver's default
// turns it into a Date at local midnight, which shifts a day in zones west of UTC.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/** In order of application. A new migration is appended here and never edited once landed. */
export const MIGRATIONS = [
  Foundation1763700000000,
  SignInThrottle1763750000000,
  Rota1763780000000,
  KpiEvents1763800000000,
  RecordRequestLocalDates1763800000001,
  KpiImportLine1763800000002,
  SignInCounts1764000000001,
  KpiExternalIdPerDepartment1764000000002,
  KpiImportLease1764000000003,
  Pay1764100000000,
  RotaSolve1764200000000,
  LineManagement1764300000000,
  QualityAudits1764400000000,
  SicknessAbsence1764500000000,
];

/**
 * The API's data source. With `pool` (the running API), every session has the configured limits:
 * a request waits at most `acquireTimeoutMs` for a connection (pg-pool's connectionTimeoutMillis
 * covers both a busy pool and a server that does not answer), then fails with 503 instead of
 * hanging; PostgreSQL cancels a statement after `statementTimeoutMs` and ends a session left idle
 * inside a transaction after `idleInTransactionTimeoutMs`, so no request can keep a connection
 * (and its locks) for ever. Without it (migrations, seeding scripts, benchmarks) nothing is
 * bounded: a migration may rightly run for minutes.
 */
export function dataSourceOptions(url: string, pool?: DatabasePoolConfig): DataSourceOptions {
  const limits = pool
    ? {
        max: pool.poolSize,
        connectionTimeoutMillis: pool.acquireTimeoutMs,
        statement_timeout: pool.statementTimeoutMs,
        idle_in_transaction_session_timeout: pool.idleInTransactionTimeoutMs,
      }
    : { max: 20 };
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    // Schema comes from migrations only; a test proves entities and migrations agree.
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { ...limits, application_name: 'recordroom-api' },
  };
}
