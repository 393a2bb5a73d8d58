import { parse } from 'csv-parse';
import { randomUUID } from 'node:crypto';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { type Readable } from 'node:stream';
import { copyLine } from '../../database/copy-rows.js';
import { ProblemException } from '../../http/problem.js';
import { byteLimit } from './byte-limit.js';
import { headerFields, type ImportKind } from './import-kind.js';
import { FirstLineErrors, importRejected, unreadableCsv, uploadInterrupted } from './import-problems.js';

/**
 * Rows per batch the merge copies and merges at a time. A batch is a byte range of the spool
 * file, streamed from disk into COPY: nothing of it is held in memory.
 */
const BATCH_ROWS = 25_000;

/** Bytes of COPY lines gathered before one write to the spool file. */
const WRITE_CHARS = 64 * 1024;

/** Rows `[start, end)` bytes of the spool file. */
export interface SpooledBatch {
  start: number;
  end: number;
  rows: number;
}

/**
 * A checked upload on local disk: its valid lines as `COPY ... (FORMAT csv)` rows in the
 * kind's staging columns plus the line number, cut into batches, and the errors of the others.
 * The file is created private (0600) and unlinked at once where the system allows it, so it has
 * no name while in use and its space is freed when it is closed, even if the process is killed.
 */
export class ImportSpool {
  private closed = false;

  constructor(
    private readonly handle: FileHandle,
    /** Set where the file could not be unlinked while open (not on Linux): delete it on close. */
    private readonly leftOver: string | null,
    readonly batches: readonly SpooledBatch[],
    readonly linesRead: number,
    readonly errors: FirstLineErrors,
  ) {}

  read(batch: SpooledBatch): Readable {
    return this.handle.createReadStream({ start: batch.start, end: batch.end - 1, autoClose: false, emitClose: false });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.handle.close();
    if (this.leftOver !== null) await unlink(this.leftOver).catch(() => undefined);
  }
}

/**
 * Reads `body` as CSV into a spool file under `dir`, one record at a time: each line is checked
 * by the kind's validator as it arrives and written, if valid, with its line. No database
 * connection is held meanwhile, however slowly the upload comes: the import's transaction opens
 * only once the whole file is here (a client sending a line a second can no longer keep a pooled
 * connection inside an open transaction).
 *
 * Memory stays bounded whatever the file's size: the parser pulls from the request only as fast
 * as lines are written to disk, and at most the first 200 errors are kept. The spool is bounded
 * by `maxBytes` of upload (413 beyond). A missing column, unreadable CSV or an oversized body
 * throws at once; line errors are collected and thrown by the merge, after it has found repeated
 * ids in the valid lines too.
 */
export async function spoolUpload<T>(kind: ImportKind<T>, body: Readable, options: { maxBytes: number; now: string; dir: string }): Promise<ImportSpool> {
  const file = path.join(options.dir, `recordroom-import-${randomUUID()}.spool`);
  const handle = await open(file, 'wx+', 0o600);
  const leftOver = await unlink(file).then(
    () => null,
    () => file,
  );
  const limiter = byteLimit(options.maxBytes);
  const parser = parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true });
  body.pipe(limiter).pipe(parser);
  // An oversized or aborted body errors the limiter or the request: end the loop below with that error.
  limiter.on('error', (error) => parser.destroy(error));
  body.on('error', () => parser.destroy(uploadInterrupted()));

  const validate = kind.createValidator(options.now);
  const errors = new FirstLineErrors();
  const batches: SpooledBatch[] = [];
  let fields: (string | null)[] | null = null;
  let linesRead = 0;
  let pending = '';
  let written = 0;
  let batchStart = 0;
  let batchRows = 0;
  const flush = async (): Promise<void> => {
    if (pending === '') return;
    const { bytesWritten } = await handle.write(pending);
    written += bytesWritten;
    pending = '';
  };
  const endBatch = async (): Promise<void> => {
    await flush();
    batches.push({ start: batchStart, end: written, rows: batchRows });
    batchStart = written;
    batchRows = 0;
  };

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
      pending += copyLine([...kind.stagingRow(result.value), info.lines]);
      batchRows += 1;
      if (batchRows >= BATCH_ROWS) await endBatch();
      else if (pending.length >= WRITE_CHARS) await flush();
    }
    if (fields === null) throw importRejected([{ line: 1, field: '(header)', message: 'is missing: the file is empty' }], 1);
    if (batchRows > 0) await endBatch();
  } catch (error) {
    drain(body);
    await handle.close().catch(() => undefined);
    if (leftOver !== null) await unlink(leftOver).catch(() => undefined);
    if (error instanceof ProblemException) throw error;
    const csvError = error as { code?: string; lines?: number; message?: string };
    if (typeof csvError.code === 'string' && csvError.code.startsWith('CSV_')) throw unreadableCsv(csvError.lines ?? 1, csvError.message ?? 'is not valid CSV');
    throw error;
  }
  return new ImportSpool(handle, leftOver, batches, linesRead, errors);
}

/** Reads and discards the rest of a request we have stopped parsing, so the client gets its answer. */
function drain(body: Readable): void {
  body.unpipe();
  body.resume();
}
