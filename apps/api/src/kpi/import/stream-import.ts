import { type LineError } from '@recordroom/kpi';
import { parse } from 'csv-parse';
import { once } from 'node:events';
import { type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { type EntityManager } from 'typeorm';
import { copyLine, pgClientOf } from '../../database/copy-rows.js';
import { ProblemException } from '../../http/problem.js';
import { byteLimit } from './byte-limit.js';
import { headerFields, type ImportKind } from './import-kind.js';
import { importRejected, MAX_REPORTED_ERRORS, unreadableCsv } from './import-problems.js';

export interface StagedImport {
  linesRead: number;
  staging: string;
}

const CHUNK_CHARS = 64 * 1024;

/**
 * Parses `body` as CSV, one record at a time, checks each with the kind's validator and copies
 * the valid ones into a session-private staging table (COPY ... FROM STDIN) on the transaction's
 * connection. Memory stays bounded: the parser pulls from the request only as fast as PostgreSQL
 * takes the rows (backpressure end to end). After the first bad line nothing more is copied, but
 * every line is still checked so the answer counts all errors. Throws a 422 listing the first
 * 100 errors with the total; the caller's transaction then rolls everything back.
 */
export async function stageCsv<T>(em: EntityManager, kind: ImportKind<T>, body: Readable, maxBytes: number, now: string): Promise<StagedImport> {
  const staging = `${kind.table}_staging`;
  await em.query(`CREATE TEMP TABLE ${staging} (${kind.stagingColumns.join(', ')}) ON COMMIT DROP`);
  const client = await pgClientOf(em);
  const copy = client.query(copyFrom(`COPY ${staging} FROM STDIN WITH (FORMAT csv)`));
  const copied = finished(copy);
  // A COPY failure surfaces through `copied`; until it is awaited, keep it from being "unhandled".
  copied.catch(() => undefined);

  const limiter = byteLimit(maxBytes);
  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true });
  body.pipe(limiter).pipe(parser);
  // An oversized or aborted body errors the limiter or the request: end the loop below with that error.
  limiter.on('error', (error) => parser.destroy(error));
  body.on('error', (error) => parser.destroy(error));
  const validate = kind.createValidator(now);
  const errors: LineError[] = [];
  let errorCount = 0;
  let fields: (string | null)[] | null = null;
  let linesRead = 0;
  let chunk = '';

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
      fields.forEach((field, i) => {
        if (field !== null) row[field] = record[i] ?? '';
      });
      const result = validate(row, info.lines);
      if (!result.ok) {
        errorCount += result.errors.length;
        for (const e of result.errors) if (errors.length < MAX_REPORTED_ERRORS) errors.push(e);
        continue;
      }
      if (errorCount > 0) continue;
      chunk += copyLine(kind.stagingRow(result.value));
      if (chunk.length >= CHUNK_CHARS) {
        if (!copy.write(chunk)) await once(copy, 'drain');
        chunk = '';
      }
    }
  } catch (error) {
    copy.destroy();
    drain(body);
    if (error instanceof ProblemException) throw error;
    const csvError = error as { code?: string; lines?: number; message?: string };
    if (typeof csvError.code === 'string' && csvError.code.startsWith('CSV_')) throw unreadableCsv(csvError.lines ?? 1, csvError.message ?? 'is not valid CSV');
    throw error;
  }
  if (fields === null) throw importRejected([{ line: 1, field: '(header)', message: 'is missing: the file is empty' }], 1);
  copy.end(chunk);
  await copied;
  if (errorCount > 0) throw importRejected(errors, errorCount);
  return { linesRead, staging };
}

/** Reads and discards the rest of a request we have stopped parsing, so the client gets its answer. */
function drain(body: Readable): void {
  body.unpipe();
  body.resume();
}
