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
  RECORDROOM_PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/ })
    .refine((value) => new URL(value).origin === value.replace(/\/$/, ''), 'must be an origin only (scheme, host and port), with no path')
    .optional(),
  RECORDROOM_SIGN_IN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
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
  };
}

/** Injection token for the AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
