import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type KpiImportDto, type KpiImportKind } from '@recordroom/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { pgClientOf } from '../../database/copy-rows.js';
import { type ImportKind } from './import-kind.js';

export interface NewKpiImport {
  organisationId: string;
  departmentId: string;
  kind: KpiImportKind;
  fileName: string | null;
  accountId: string;
  actorName: string;
}

const RECENT_IMPORTS = 50;

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
   * Inserts the staged rows that are new; a row whose external id the organisation already has
   * is skipped (a re-import changes nothing). Returns how many were inserted.
   */
  async mergeStaged(em: EntityManager, kind: ImportKind<unknown>, staging: string, target: { organisationId: string; departmentId: string; importId: string }): Promise<number> {
    const columns = kind.stagingColumns.map((c) => c.split(' ')[0]).join(', ');
    // On the driver's client: TypeORM does not report an INSERT's row count.
    const client = await pgClientOf(em);
    const result = await client.query(
      `INSERT INTO ${kind.table} (organisation_id, department_id, import_id, ${columns})
       SELECT $1, $2, $3, ${columns} FROM ${staging}
       ON CONFLICT (organisation_id, external_id) DO NOTHING`,
      [target.organisationId, target.departmentId, target.importId],
    );
    return result.rowCount ?? 0;
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

