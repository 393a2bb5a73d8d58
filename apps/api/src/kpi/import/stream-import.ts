import { CsvError, parse } from 'csv-parse';
import { type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { type EntityManager } from 'typeorm';
import { copyLine, pgClientOf } from '../../database/copy-rows.js';
import { ProblemException } from '../../http/problem.js';
import { byteLimit } from './byte-limit.js';
import { headerFields, type ImportKind } from './import-kind.js';
import { FirstLineErrors, importRejected, unreadableCsv } from './import-problems.js';
import { type MergedBatch } from './kpi-import.repository.js';

/** A batch in the staging table (with its `line` column), and the temporary table of ids stored before this import. */
export interface StagedBatch {
  table: string;
  rows: number;
  earlierIds: string;
}

export interface StreamedImport {
  linesRead: number;
  inserted: number;
}

/**
 * Rows staged per COPY. While PostgreSQL merges one batch, the next is read and checked, so the
 * parser and the database work at the same time; at most two batches (about 10 MB) are held.
 */
const BATCH_ROWS = 25_000;

/**
 * Reads `body` as CSV, one record at a time, checks each with the kind's line validator and
 * copies the valid ones, with their line, in batches into a session-private staging table
 * (`COPY ... FROM STDIN`), each batch merged into the event table by `merge` on the same
 * transaction, which also reports lines repeating an id seen earlier in the file.
 *
 * Memory stays bounded whatever the file's size: the parser pulls from the request only as fast
 * as batches are taken, and nothing is kept per line (repeated ids are found by PostgreSQL, from
 * the line stored on each row). Valid lines are staged and merged even after a bad one, so
 * repeats later in the file are found and counted too. At the end, any error throws a 422 (the
 * first 100 errors by line and the total) and the caller's transaction rolls back every batch
 * already merged: an import is all or nothing.
 */
export async function importCsvStream<T>(
  em: EntityManager,
  kind: ImportKind<T>,
  body: Readable,
  options: { maxBytes: number; now: string; merge: (staged: StagedBatch) => Promise<MergedBatch> },
): Promise<StreamedImport> {
  const staging = `${kind.table}_staging`;
  const earlierIds = `${kind.table}_earlier_ids`;
  await em.query(`CREATE TEMP TABLE ${staging} (${kind.stagingColumns.join(', ')}, line integer NOT NULL) ON COMMIT DROP`);
  await em.query(`CREATE TEMP TABLE ${earlierIds} (external_id text PRIMARY KEY, line integer NOT NULL) ON COMMIT DROP`);
  const client = await pgClientOf(em);

  let inserted = 0;
  const errors = new FirstLineErrors();
  let merging: Promise<void> = Promise.resolve();
  // Held in an object: a merge that fails does so in a callback, out of TypeScript's flow analysis.
  const failed: { error: Error | null } = { error: null };
  /** Stages one batch, after the previous merge has finished, and starts its merge without waiting for it. */
  const flush = async (lines: string, rows: number): Promise<void> => {
    await merging;
    if (failed.error !== null) throw failed.error;
    const copy = client.query(copyFrom(`COPY ${staging} FROM STDIN WITH (FORMAT csv)`));
    copy.end(lines);
    await finished(copy);
    merging = options.merge({ table: staging, rows, earlierIds }).then(
      async (merged) => {
        inserted += merged.inserted;
        errors.add(merged.repeats, merged.repeatCount);
        await client.query(`TRUNCATE ${staging}`);
      },
      (error: unknown) => {
        failed.error = error instanceof Error ? error : new Error(String(error));
      },
    );
  };

  const limiter = byteLimit(options.maxBytes);
  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true });
  body.pipe(limiter).pipe(parser);
  // An oversized or aborted body errors the limiter or the request: end the loop below with that error.
  limiter.on('error', (error) => parser.destroy(error));
  body.on('error', (error) => parser.destroy(error));
  const validate = kind.createValidator(options.now);
  let fields: (string | null)[] | null = null;
  let linesRead = 0;
  let batch = '';
  let batchRows = 0;

  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (fields === null) {
        const header = headerFields(kind, record);
        if (header.missing.length > 0) {
          throw importRejected([{ line: 1, field: '(header)', message: `is missing the column${header.missing.length > 1 ? 's' : ''} ${header.missing.join(', ')}` }], 1);
        }
        fields = header.fields;
        continue;
      }
      linesRead += 1;
      const row: Record<string, string> = {};
      for (let i = 0; i < fields.length; i += 1) {
        const field = fields[i];
        if (field !== null && field !== undefined) row[field] = record[i] ?? '';
      }
      const result = validate(row, info.lines);
      if (!result.ok) {
        errors.add(result.errors);
        continue;
      }
      batch += copyLine([...kind.stagingRow(result.value), info.lines]);
      batchRows += 1;
      if (batchRows >= BATCH_ROWS) {
        await flush(batch, batchRows);
        batch = '';
        batchRows = 0;
      }
    }
    if (fields === null) throw importRejected([{ line: 1, field: '(header)', message: 'is missing: the file is empty' }], 1);
    if (batchRows > 0) await flush(batch, batchRows);
    await merging;
    if (failed.error !== null) throw failed.error;
  } catch (error) {
    drain(body);
    // Leave the connection idle before the transaction rolls back.
    await merging;
    if (error instanceof ProblemException) throw error;
    // By class, not code: csv-parse names most codes CSV_..., but not INVALID_OPENING_QUOTE (a quote inside an unquoted field).
    if (error instanceof CsvError) throw unreadableCsv((error as CsvError & { lines?: number }).lines ?? 1, error.message || 'is not valid CSV');
    throw error;
  }
  if (errors.count > 0) throw importRejected(errors.first(), errors.count);
  return { linesRead, inserted };
}

/** Reads and discards the rest of a request we have stopped parsing, so the client gets its answer. */
function drain(body: Readable): void {
  body.unpipe();
  body.resume();
}
