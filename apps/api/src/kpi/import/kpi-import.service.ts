import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ImportResultDto, type KpiImportDto } from '@recordroom/contracts';
import { type Readable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../../audit/audit-trail.js';
import { type CurrentUser } from '../../auth/current-user.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { KpiScopeResolver } from '../kpi-scope.resolver.js';
import { ImportLeaseRepository, LEASE_RENEW_MS } from './import-lease.repository.js';
import { type ImportKind } from './import-kind.js';
import { importRejected, importTooLarge, tooManyImports } from './import-problems.js';
import { KpiImportRepository } from './kpi-import.repository.js';
import { mergeSpool } from './merge-spool.js';
import { spoolUpload, type ImportSpool } from './spool-upload.js';
import { Clock } from '../../time/clock.js';

/**
 * A CSV import of events into one department, all or nothing, in two steps (docs/kpi.md
 * "Importing events"): the upload is read, checked line by line and spooled to a private file
 * with no database connection held, however slowly it arrives; then one transaction copies and
 * merges it in batches, with its kpi_import and audit-trail rows, and any bad line rolls it back.
 * Each account and organisation has only a few imports under way at once (a lease row each).
 */
@Injectable()
export class KpiImportService {
  private readonly logger = new Logger('kpi-import');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: KpiImportRepository,
    private readonly leases: ImportLeaseRepository,
    private readonly scopes: KpiScopeResolver,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async importCsv<T>(user: CurrentUser, kind: ImportKind<T>, departmentId: string | undefined, body: Readable, meta: { fileName: string | null; contentLength: number | null }): Promise<ImportResultDto> {
    if (meta.contentLength !== null && meta.contentLength > this.config.importMaxBytes) throw importTooLarge(this.config.importMaxBytes);
    const target = await this.scopes.forWriting(user, departmentId);
    return this.underLease(user, target.organisationId, async () => {
      const started = performance.now();
      const spool = await spoolUpload(kind, body, { maxBytes: this.config.importMaxBytes, now: this.clock.now().toISOString(), dir: this.config.importSpoolDir });
      try {
        const readMs = Math.round(performance.now() - started);
        // Nothing valid to merge: the errors are all there is to say, without a transaction.
        if (spool.errors.count > 0 && spool.batches.length === 0) throw importRejected(spool.errors.first(), spool.errors.count);
        return await this.merge(user, kind, target, spool, meta.fileName, { started, readMs });
      } finally {
        await spool.close();
      }
    });
  }

  async recent(user: CurrentUser, departmentId: string | undefined): Promise<KpiImportDto[]> {
    const scope = await this.scopes.forReading(user, departmentId);
    return this.imports.recentImports(scope.organisationId, scope.departmentId);
  }

  private merge(
    user: CurrentUser,
    kind: ImportKind<unknown>,
    target: { organisationId: string; departmentId: string },
    spool: ImportSpool,
    fileName: string | null,
    timing: { started: number; readMs: number },
  ): Promise<ImportResultDto> {
    return this.dataSource.transaction(async (em) => {
      // The COPY and merges of a large file may rightly outlast the statement_timeout every other request has.
      await em.query(`SET LOCAL statement_timeout = ${Math.trunc(this.config.importStatementTimeoutMs)}`);
      const mergeStarted = performance.now();
      const importId = await this.imports.insertImport(em, { ...target, kind: kind.name, fileName, accountId: user.accountId, actorName: user.displayName });
      const inserted = await mergeSpool(em, kind, spool, (staged) => this.imports.mergeStaged(em, kind, staged, { ...target, importId }));
      const linesRead = spool.linesRead;
      const counts = { linesRead, inserted, alreadyPresent: linesRead - inserted, durationMs: Math.round(performance.now() - timing.started) };
      this.logger.log({ importId, kind: kind.name, ...counts, readMs: timing.readMs, mergeMs: Math.round(performance.now() - mergeStarted) });
      await this.imports.completeImport(em, importId, counts);
      await this.audit.record(em, user, {
        action: 'create',
        entityType: 'kpi-import',
        entityId: importId,
        departmentId: target.departmentId,
        before: null,
        after: { kind: kind.name, fileName, ...counts },
      });
      return { importId, ...counts };
    });
  }

  /**
   * Runs `work` holding one of the account's and the organisation's import slots, renewed while
   * it runs and given back when it ends; 429 when none is free. A release that fails (the
   * database is down) leaves a lease that expires by itself within LEASE_SECONDS.
   */
  private async underLease<R>(user: CurrentUser, organisationId: string, work: () => Promise<R>): Promise<R> {
    const limits = { perUser: this.config.importsPerUser, perOrganisation: this.config.importsPerOrganisation };
    const lease = await this.leases.acquire(organisationId, user.accountId, limits);
    if ('refused' in lease) throw tooManyImports(lease.refused, lease.refused === 'user' ? limits.perUser : limits.perOrganisation);
    const renewal = setInterval(() => {
      this.leases.renew(lease.id).catch(() => undefined);
    }, LEASE_RENEW_MS);
    renewal.unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      await this.leases.release(lease.id).catch(() => undefined);
    }
  }
}
