import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { type EntityManager } from 'typeorm';
import { pgClientOf } from '../../database/copy-rows.js';
import { type ImportKind } from './import-kind.js';
import { importRejected } from './import-problems.js';
import { type MergedBatch } from './kpi-import.repository.js';
import { type ImportSpool } from './spool-upload.js';

/** A batch in the staging table (with its `line` column), and the temporary table of ids stored before this import. */
export interface StagedBatch {
  table: string;
  rows: number;
  earlierIds: string;
}

/**
 * Copies a spooled upload, batch by batch, from disk into a session-private staging table
 * (`COPY ... FROM STDIN`) and has `merge` merge each into the event table on the caller's
 * transaction, which also reports lines repeating an id seen earlier in the file. The file is
 * already on disk, so the transaction is busy from its first statement to its last: it never
 * waits on a client.
 *
 * Valid lines are merged even when the spool holds bad ones, so repeats later in the file are
 * found and counted too. At the end, any error throws a 422 (the first 100 errors by line and
 * the total) and the caller's transaction rolls back every batch already merged: an import is
 * all or nothing. Returns the rows inserted.
 */
export async function mergeSpool(em: EntityManager, kind: ImportKind<unknown>, spool: ImportSpool, merge: (staged: StagedBatch) => Promise<MergedBatch>): Promise<number> {
  const staging = `${kind.table}_staging`;
  const earlierIds = `${kind.table}_earlier_ids`;
  await em.query(`CREATE TEMP TABLE ${staging} (${kind.stagingColumns.join(', ')}, line integer NOT NULL) ON COMMIT DROP`);
  await em.query(`CREATE TEMP TABLE ${earlierIds} (external_id text PRIMARY KEY, line integer NOT NULL) ON COMMIT DROP`);
  const client = await pgClientOf(em);
  const errors = spool.errors;
  let inserted = 0;
  for (const batch of spool.batches) {
    await pipeline(spool.read(batch), client.query(copyFrom(`COPY ${staging} FROM STDIN WITH (FORMAT csv)`)));
    const merged = await merge({ table: staging, rows: batch.rows, earlierIds });
    inserted += merged.inserted;
    errors.add(merged.repeats, merged.repeatCount);
    await client.query(`TRUNCATE ${staging}`);
  }
  if (errors.count > 0) throw importRejected(errors.first(), errors.count);
  return inserted;
}
