import { type PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type EntityManager } from 'typeorm';

/** Lines are handed to PostgreSQL in chunks of about this many characters, not one write per row. */
const CHUNK_CHARS = 64 * 1024;

/** One field of a `COPY ... (FORMAT csv)` line: null as nothing, text quoted when it must be. */
function copyField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  return value === '' || /[",\r\n\\]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function copyLine(fields: readonly (string | number | boolean | null)[]): string {
  return `${fields.map(copyField).join(',')}\n`;
}

/** Joins small lines into larger chunks, so a million rows are a few thousand stream writes. */
async function* chunked(lines: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  let chunk = '';
  for await (const line of lines) {
    chunk += line;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}

/** The pg client under a TypeORM transaction's EntityManager: COPY needs the driver's own connection. */
export async function pgClientOf(em: EntityManager): Promise<PoolClient> {
  const runner = em.queryRunner;
  if (!runner) throw new Error('COPY needs an EntityManager inside a transaction');
  return (await runner.connect()) as PoolClient;
}

/**
 * Streams CSV lines into `COPY <target> FROM STDIN (FORMAT csv)` on the transaction's
 * connection, with backpressure; returns the rows copied.
 */
export async function copyLines(em: EntityManager, target: string, lines: Iterable<string> | AsyncIterable<string>): Promise<number> {
  const client = await pgClientOf(em);
  const stream = client.query(copyFrom(`COPY ${target} FROM STDIN WITH (FORMAT csv)`));
  await pipeline(Readable.from(chunked(lines)), stream);
  return stream.rowCount;
}
