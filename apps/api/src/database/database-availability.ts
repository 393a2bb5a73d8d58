import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { type ConnectionFailure } from './connection-failure.js';

/** Seconds a client is told to wait (Retry-After) when the database is unreachable or busy. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

interface Outage {
  failure: ConnectionFailure;
  reason: string;
  startedAt: number;
  refusedRequests: number;
}

/** The few members of pg's Pool this listens to (TypeORM types its pool as `any`). */
interface PoolEvents {
  on(event: 'connect' | 'acquire', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Whether the database is answering, as the API has last seen it, so that an outage is logged
 * once when it starts (the first refused request, or the pool seeing its idle connections cut)
 * and once when it ends, not once per request: with the database down, a busy API refuses
 * hundreds of requests a second. An unreachable database is back when the pool makes a new
 * connection (the old ones died with the outage; a checkout of one of them racing its death
 * proves nothing); a busy one when a pooled connection is handed out again.
 */
@Injectable()
export class DatabaseAvailability implements OnModuleInit {
  private readonly logger = new Logger('database');
  private outage: Outage | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as { master?: unknown }).master;
    if (!isPool(pool)) return;
    pool.on('connect', () => this.noteAnswering('unreachable'));
    pool.on('acquire', () => this.noteAnswering('busy'));
    pool.on('error', (error) => this.noteFailure('unreachable', error, { refusedRequest: false }));
  }

  get isAvailable(): boolean {
    return this.outage === null;
  }

  /** A request (or the pool) could not use the database. Logs only the first failure of an outage. */
  noteFailure(failure: ConnectionFailure, error: unknown, options: { refusedRequest: boolean } = { refusedRequest: true }): void {
    if (this.outage === null) {
      this.outage = { failure, reason: reasonOf(error), startedAt: performance.now(), refusedRequests: 0 };
      this.logger.error({
        message: failure === 'busy' ? 'Database busy: no pooled connection came free in time; answering 503 until one does' : 'Database unavailable; answering 503 until it answers again',
        reason: this.outage.reason,
      });
    }
    // A busy pool whose server then goes away is over only when a new connection is made.
    if (failure === 'unreachable') this.outage.failure = 'unreachable';
    if (options.refusedRequest) this.outage.refusedRequests += 1;
  }

  /** The pool made a connection (`unreachable`: any outage is over) or handed one out (`busy`: a busy outage is). */
  noteAnswering(evidence: ConnectionFailure): void {
    const outage = this.outage;
    if (outage === null || (evidence === 'busy' && outage.failure === 'unreachable')) return;
    this.outage = null;
    this.logger.log({
      message: 'Database available again',
      outageMs: Math.round(performance.now() - outage.startedAt),
      refusedRequests: outage.refusedRequests,
      reason: outage.reason,
    });
  }
}

function isPool(value: unknown): value is PoolEvents {
  return typeof value === 'object' && value !== null && typeof (value as { on?: unknown }).on === 'function';
}

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const message = error.message || (error instanceof AggregateError ? error.errors.map((e: unknown) => (e instanceof Error ? e.message : String(e))).join('; ') : error.name);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}
