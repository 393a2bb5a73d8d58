import { Injectable } from '@nestjs/common';
import { type LineError } from '@recordroom/kpi';
import { InjectDataSource } from '@nestjs/typeorm';
import { type KpiImportDto, type KpiImportKind } from '@recordroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { pgClientOf } from '../../database/copy-rows.js';
import { type ImportKind } from './import-kind.js';
import { MAX_REPORTED_ERRORS } from './import-problems.js';
import { type StagedBatch } from './merge-spool.js';

export interface NewKpiImport {
  organisationId: string;
  departmentId: string;
  kind: KpiImportKind;
  fileName: string | null;
  accountId: string;
  actorName: string;
}

const RECENT_IMPORTS = 50;

/** One merged batch: rows inserted, and lines repeating an id seen earlier in the file. */
export interface MergedBatch {
  inserted: number;
  /** The first MAX_REPORTED_ERRORS, by line. */
  repeats: LineError[];
  repeatCount: number;
}

/** The kpi_import rows and the set-based merge of a staged file into its event table. */
@Injectable()
export class KpiImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertImport(em: EntityManager, row: NewKpiImport): Promise<string> {
    const rows = await em.query<{ id: string }[]>(
      `INSERT INTO kpi_import (organisation_id, department_id, kind, file_name, imported_by_account_id, imported_by_name, lines_read, inserted, already_present, duration_ms)
       VALUES ($1, $2, $3, $4, $5, $6, 0, 0, 0, 0) RETURNING id`,
      [row.organisationId, row.departmentId, row.kind, row.fileName, row.accountId, row.actorName],
    );
    const id = rows[0]?.id;
    if (id === undefined) throw new Error('kpi_import insert returned no id');
    return id;
  }

  async completeImport(em: EntityManager, id: string, counts: { linesRead: number; inserted: number; alreadyPresent: number; durationMs: number }): Promise<void> {
    await em.query('UPDATE kpi_import SET lines_read = $2, inserted = $3, already_present = $4, duration_ms = $5 WHERE id = $1', [
      id,
      counts.linesRead,
      counts.inserted,
      counts.alreadyPresent,
      counts.durationMs,
    ]);
  }

  /**
   * Inserts the staged rows that are new, each with its line; a row whose external id the
   * department already has is skipped (a re-import changes nothing). External ids are unique per
   * department (migration 1764000000002): another department's ids are neither skipped nor named. Returns how many were
   * inserted, and the staged lines that repeat an id found earlier in the same file (the first
   * MAX_REPORTED_ERRORS by line, and their count).
   *
   * The repeats are found by PostgreSQL, not held in the API: a skipped row whose id is on a row
   * of this import (`import_id`) repeats that row's `import_line`; a skipped row whose id was
   * stored before this import is remembered, with its line, in `staged.earlierIds` (a temporary
   * table with a primary key), so a second such line is caught in this batch or a later one. When
   * nothing was skipped, as in every batch of a first import, there is nothing to look for.
   */
  async mergeStaged(
    em: EntityManager,
    kind: ImportKind<unknown>,
    staged: StagedBatch,
    target: { organisationId: string; departmentId: string; importId: string },
  ): Promise<MergedBatch> {
    const columns = kind.stagingColumns.map((c) => c.split(' ')[0]).join(', ');
    // On the driver's client: TypeORM does not report an INSERT's row count.
    const client = await pgClientOf(em);
    const result = await client.query(
      `INSERT INTO ${kind.table} (organisation_id, department_id, import_id, import_line, ${columns})
       SELECT $1, $2, $3, line, ${columns} FROM ${staged.table}
       ON CONFLICT (department_id, external_id) DO NOTHING`,
      [target.organisationId, target.departmentId, target.importId],
    );
    const inserted = result.rowCount ?? 0;
    if (inserted === staged.rows) return { inserted, repeats: [], repeatCount: 0 };

    await client.query(
      `INSERT INTO ${staged.earlierIds} (external_id, line)
       SELECT s.external_id, s.line FROM ${staged.table} s
         JOIN ${kind.table} e ON e.department_id = $1 AND e.external_id = s.external_id
        WHERE e.import_id IS DISTINCT FROM $2
       ON CONFLICT (external_id) DO NOTHING`,
      [target.departmentId, target.importId],
    );
    // Two lines of one batch may be taken in either order: the later line is the repeat.
    const repeats = await client.query<{ line: number; first_line: number; total: string }>(
      `SELECT greatest(line, first_line) AS line, least(line, first_line) AS first_line, count(*) OVER () AS total
         FROM (SELECT s.line, e.import_line AS first_line FROM ${staged.table} s
                 JOIN ${kind.table} e ON e.department_id = $1 AND e.external_id = s.external_id
                WHERE e.import_id = $2 AND e.import_line <> s.line
               UNION ALL
               SELECT s.line, p.line FROM ${staged.table} s JOIN ${staged.earlierIds} p ON p.external_id = s.external_id
                WHERE p.line <> s.line) repeated
        ORDER BY 1
        LIMIT ${MAX_REPORTED_ERRORS}`,
      [target.departmentId, target.importId],
    );
    return {
      inserted,
      repeats: repeats.rows.map((r) => ({ line: r.line, field: 'id', message: `duplicates the id on line ${r.first_line}` })),
      repeatCount: Number(repeats.rows[0]?.total ?? 0),
    };
  }

  async recentImports(organisationId: string, departmentId: string | null): Promise<KpiImportDto[]> {
    return this.dataSource.query<KpiImportDto[]>(
      `SELECT id, department_id AS "departmentId", kind, file_name AS "fileName", imported_by_name AS "importedBy", lines_read AS "linesRead",
              inserted, already_present AS "alreadyPresent", duration_ms AS "durationMs", to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt"
         FROM kpi_import
        WHERE organisation_id = $1 AND ($2::uuid IS NULL OR department_id = $2)
        ORDER BY created_at DESC, id
        LIMIT ${RECENT_IMPORTS}`,
      [organisationId, departmentId],
    );
  }
}

