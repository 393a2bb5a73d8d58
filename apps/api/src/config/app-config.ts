import os from 'node:os';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/**
 * The whole configuration of the API, validated once at boot. This is the only module that reads
 * process.env; everything else receives an AppConfig. Documented in .env.example.
 */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  RECORDROOM_DATA_DIR: z.string().min(1).default('.data'),
  RECORDROOM_SEED_DEMO: booleanFlag.default(true),
  RECORDROOM_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(480),
  RECORDROOM_SECURE_COOKIES: booleanFlag.default(false),
  RECORDROOM_LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  RECORDROOM_WEB_DIST: z.string().optional(),
  RECORDROOM_IMPORT_MAX_BYTES: z.coerce.number().int().min(1).default(4 * 1024 ** 3),
  RECORDROOM_IMPORT_SPOOL_DIR: z.string().min(1).optional(),
  RECORDROOM_IMPORTS_PER_USER: z.coerce.number().int().min(1).max(100).default(2),
  RECORDROOM_IMPORTS_PER_ORGANISATION: z.coerce.number().int().min(1).max(1000).default(4),
  RECORDROOM_IMPORT_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1000).default(15 * 60_000),
  RECORDROOM_DB_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(20),
  RECORDROOM_DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  RECORDROOM_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  RECORDROOM_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  RECORDROOM_HEALTH_TIMEOUT_MS: z.coerce.number().int().min(100).default(2000),
  RECORDROOM_PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/ })
    .refine((value) => new URL(value).origin === value.replace(/\/$/, ''), 'must be an origin only (scheme, host and port), with no path')
    .optional(),
  RECORDROOM_SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
  RECORDROOM_SOLVE_WORKERS: z.coerce.number().int().min(0).max(16).default(1),
  RECORDROOM_SOLVE_MAX_SECONDS: z.coerce.number().int().min(1).max(600).default(120),
  RECORDROOM_SOLVE_STALE_SECONDS: z.coerce.number().int().min(5).max(3600).default(30),
});

export interface AppConfig {
  port: number;
  /** PostgreSQL server URL; undefined means "start the embedded PostgreSQL". */
  databaseUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  sessionIdleMinutes: number;
  secureCookies: boolean;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** Folder of the dashboard's production build, when overridden. */
  webDist: string | undefined;
  /** Largest event import accepted, in bytes (413 beyond it); the file is streamed, never held. */
  importMaxBytes: number;
  /** Folder where an upload is spooled (a private, already-unlinked file) before its transaction opens. */
  importSpoolDir: string;
  /** Imports one account, and one organisation, may have under way at once (429 beyond), across replicas. */
  importsPerUser: number;
  importsPerOrganisation: number;
  /** statement_timeout of an import's transaction (SET LOCAL): its COPY and merges may take minutes. */
  importStatementTimeoutMs: number;
  database: DatabasePoolConfig;
  /** How long GET /api/health waits for the database before answering 503. */
  healthTimeoutMs: number;
  /**
   * The address people reach the product at (scheme, host, port), e.g. https://recordroom.nhs.example.
   * Links the API hands out (calendar feeds) are built from it, never from a request's Host header,
   * and state-changing requests must come from it. Defaults to http://localhost:<port>.
   */
  publicOrigin: string;
  /**
   * Origins a state-changing request may come from (Origin header): the public origin, and when
   * RECORDROOM_PUBLIC_ORIGIN is unset also the loopback addresses on the port, so a demo opened at
   * http://127.0.0.1:3000 or http://[::1]:3000 works as well as one at http://localhost:3000.
   */
  allowedOrigins: readonly string[];
  /**
   * Sign-in attempts one client address may make within the throttle window, across every email
   * address it tries: catches a guesser spraying one password over many accounts.
   */
  signInMaxFailuresPerAddress: number;
  solve: SolveConfig;
}

/** Auto-rostering jobs (docs/operations.md, "Auto-rostering worker"). */
interface SolveConfig {
  /** Solves this replica runs at once, each in a worker thread (0: it only queues them, other replicas run them). */
  workers: number;
  /** Longest time limit a request may ask for. */
  maxSeconds: number;
  /** A running solve whose replica has written no heartbeat for this long has died with it: it is marked failed. */
  staleSeconds: number;
}

/** The API's connection pool and the limits every one of its sessions runs under. */
export interface DatabasePoolConfig {
  poolSize: number;
  /** Longest wait for a pooled connection (or a new one) before the request fails with 503. */
  acquireTimeoutMs: number;
  /** PostgreSQL statement_timeout of every session. */
  statementTimeoutMs: number;
  /** PostgreSQL idle_in_transaction_session_timeout: a transaction left open is ended by the server. */
  idleInTransactionTimeoutMs: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  // URL.origin drops a default port (80), as the Origin header a browser sends does.
  const onLoopback = (host: string): string => new URL(`http://${host}:${c.PORT}`).origin;
  const publicOrigin = c.RECORDROOM_PUBLIC_ORIGIN ? new URL(c.RECORDROOM_PUBLIC_ORIGIN).origin : onLoopback('localhost');
  return {
    port: c.PORT,
    databaseUrl: c.DATABASE_URL,
    dataDir: c.RECORDROOM_DATA_DIR,
    seedDemo: c.RECORDROOM_SEED_DEMO,
    sessionIdleMinutes: c.RECORDROOM_SESSION_IDLE_MINUTES,
    secureCookies: c.RECORDROOM_SECURE_COOKIES,
    logLevel: c.RECORDROOM_LOG_LEVEL,
    webDist: c.RECORDROOM_WEB_DIST,
    importMaxBytes: c.RECORDROOM_IMPORT_MAX_BYTES,
    publicOrigin,
    allowedOrigins: c.RECORDROOM_PUBLIC_ORIGIN ? [publicOrigin] : ['localhost', '127.0.0.1', '[::1]'].map(onLoopback),
    signInMaxFailuresPerAddress: c.RECORDROOM_SIGN_IN_MAX_FAILURES_PER_ADDRESS,
    importSpoolDir: c.RECORDROOM_IMPORT_SPOOL_DIR ?? os.tmpdir(),
    importsPerUser: c.RECORDROOM_IMPORTS_PER_USER,
    importsPerOrganisation: c.RECORDROOM_IMPORTS_PER_ORGANISATION,
    importStatementTimeoutMs: c.RECORDROOM_IMPORT_STATEMENT_TIMEOUT_MS,
    database: {
      poolSize: c.RECORDROOM_DB_POOL_SIZE,
      acquireTimeoutMs: c.RECORDROOM_DB_ACQUIRE_TIMEOUT_MS,
      statementTimeoutMs: c.RECORDROOM_DB_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: c.RECORDROOM_DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    healthTimeoutMs: c.RECORDROOM_HEALTH_TIMEOUT_MS,
    solve: { workers: c.RECORDROOM_SOLVE_WORKERS, maxSeconds: c.RECORDROOM_SOLVE_MAX_SECONDS, staleSeconds: c.RECORDROOM_SOLVE_STALE_SECONDS },
  };
}

/** Injection token for the AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
