import { QueryFailedError } from 'typeorm';

/**
 * Why the database could not be used at all, as opposed to a statement it refused:
 * - `unreachable`: no connection could be made or kept (refused, reset, the server shutting down
 *   or out of connection slots);
 * - `busy`: every pooled connection stayed in use for the whole acquire timeout.
 */
export type ConnectionFailure = 'unreachable' | 'busy';

/** Socket errors of connecting to, or talking with, a server that is not there. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/**
 * SQLSTATEs that mean the session is gone or was never given, whatever the statement: class 08
 * (connection exception), 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now
 * (starting up or shutting down) and 53300 too_many_connections.
 */
const SESSION_LOST_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** node-postgres and pg-pool raise these without a code. */
const DRIVER_MESSAGES = /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|Connection ended)/;
const POOL_TIMEOUT = /^timeout exceeded when trying to connect/;

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The kind of connection failure `error` is, or null for any other error (a bug, a refused statement). */
export function connectionFailureOf(error: unknown): ConnectionFailure | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const next = queue.shift();
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    const candidate = next as ErrorShape;
    const code = typeof candidate.code === 'string' ? candidate.code : undefined;
    const message = typeof candidate.message === 'string' ? candidate.message : '';
    if (POOL_TIMEOUT.test(message)) return 'busy';
    if (code !== undefined && (SOCKET_CODES.has(code) || code.startsWith('08') || SESSION_LOST_STATES.has(code))) return 'unreachable';
    if (DRIVER_MESSAGES.test(message)) return 'unreachable';
    // TypeORM wraps the driver's error; Node wraps a connect to every address of a host name in an AggregateError.
    if (next instanceof QueryFailedError) queue.push(next.driverError);
    queue.push(candidate.cause);
    if (Array.isArray(candidate.errors)) queue.push(...(candidate.errors as unknown[]));
  }
  return null;
}
