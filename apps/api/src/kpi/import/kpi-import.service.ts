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
import { type ImportKind } from './import-kind.js';
import { importTooLarge } from './import-problems.js';
import { KpiImportRepository } from './kpi-import.repository.js';
import { importCsvStream } from './stream-import.js';
import { Clock } from '../../time/clock.js';

/**
 * A CSV import of events into one department, all or nothing: checked line by line, staged and
 * merged in batches, with its kpi_import and audit-trail rows, in one transaction that any bad
 * line rolls back.
 */
@Injectable()
export class KpiImportService {
  private readonly logger = new Logger('kpi-import');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: KpiImportRepository,
    private readonly scopes: KpiScopeResolver,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async importCsv<T>(user: CurrentUser, kind: ImportKind<T>, departmentId: string | undefined, body: Readable, meta: { fileName: string | null; contentLength: number | null }): Promise<ImportResultDto> {
    if (meta.contentLength !== null && meta.contentLength > this.config.importMaxBytes) throw importTooLarge(this.config.importMaxBytes);
    const target = await this.scopes.forWriting(user, departmentId);
    const started = performance.now();
    return this.dataSource.transaction(async (em) => {
      const importId = await this.imports.insertImport(em, { ...target, kind: kind.name, fileName: meta.fileName, accountId: user.accountId, actorName: user.displayName });
      const { linesRead, inserted } = await importCsvStream(em, kind, body, {
        maxBytes: this.config.importMaxBytes,
        now: this.clock.now().toISOString(),
        merge: (staged) => this.imports.mergeStaged(em, kind as ImportKind<unknown>, staged, { ...target, importId }),
      });
      const counts = { linesRead, inserted, alreadyPresent: linesRead - inserted, durationMs: Math.round(performance.now() - started) };
      this.logger.log({ importId, kind: kind.name, ...counts });
      await this.imports.completeImport(em, importId, counts);
      await this.audit.record(em, user, {
        action: 'create',
        entityType: 'kpi-import',
        entityId: importId,
        departmentId: target.departmentId,
        before: null,
        after: { kind: kind.name, fileName: meta.fileName, ...counts },
      });
      return { importId, ...counts };
    });
  }

  async recent(user: CurrentUser, departmentId: string | undefined): Promise<KpiImportDto[]> {
    const scope = await this.scopes.forReading(user, departmentId);
    return this.imports.recentImports(scope.organisationId, scope.departmentId);
  }
}
