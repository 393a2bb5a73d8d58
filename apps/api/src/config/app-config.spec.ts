import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('gives laptop defaults when nothing is set: port 3000, embedded database, demo seeded', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, seedDemo: true, dataDir: '.data' });
  });

  it('reads a PostgreSQL server URL and flags', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test', RECORDROOM_SEED_DEMO: 'false' });
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/test');
    expect(config.seedDemo).toBe(false);
  });

  it('stops the boot naming the variable when a value is invalid', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});

describe('the public origin', () => {
  it('defaults to localhost on the configured port', () => {
    expect(loadConfig({ PORT: '3100' }).publicOrigin).toBe('http://localhost:3100');
  });

  it('keeps an origin and drops a trailing slash', () => {
    expect(loadConfig({ RECORDROOM_PUBLIC_ORIGIN: 'https://records.example.nhs.uk/' }).publicOrigin).toBe('https://records.example.nhs.uk');
  });

  it('refuses an address with a path, which could not be compared with a browser Origin', () => {
    expect(() => loadConfig({ RECORDROOM_PUBLIC_ORIGIN: 'https://records.example.nhs.uk/recordroom' })).toThrow(/RECORDROOM_PUBLIC_ORIGIN/);
  });
});

describe('the origins writes may come from', () => {
  it('are the loopback addresses on the port when no public origin is set, so a demo works however localhost is typed', () => {
    expect(loadConfig({ PORT: '3100' }).allowedOrigins).toEqual(['http://localhost:3100', 'http://127.0.0.1:3100', 'http://[::1]:3100']);
  });

  it('are the public origin alone once it is set', () => {
    expect(loadConfig({ PORT: '3100', RECORDROOM_PUBLIC_ORIGIN: 'https://records.example.nhs.uk' }).allowedOrigins).toEqual(['https://records.example.nhs.uk']);
  });

  it('leave out the default port, as a browser does in its Origin header', () => {
    expect(loadConfig({ PORT: '80' }).allowedOrigins).toContain('http://localhost');
  });
});

describe('the sign-in limit per client address', () => {
  it('is 50 unless configured', () => {
    expect(loadConfig({}).signInMaxFailuresPerAddress).toBe(50);
    expect(loadConfig({ RECORDROOM_SIGN_IN_MAX_FAILURES_PER_ADDRESS: '200' }).signInMaxFailuresPerAddress).toBe(200);
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => loadConfig({ RECORDROOM_SIGN_IN_MAX_FAILURES_PER_ADDRESS: '0' })).toThrow(/RECORDROOM_SIGN_IN_MAX_FAILURES_PER_ADDRESS/);
  });
});

describe('the database and import limits', () => {
  it('defaults to a pool of 20 that waits 5 s for a connection, 30 s statements, and 2 imports per user, 4 per organisation', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ poolSize: 20, acquireTimeoutMs: 5000, statementTimeoutMs: 30_000, idleInTransactionTimeoutMs: 60_000 });
    expect(config).toMatchObject({ importsPerUser: 2, importsPerOrganisation: 4, importStatementTimeoutMs: 900_000, healthTimeoutMs: 2000 });
  });

  it('reads each limit from its variable and refuses one that is not a whole number', () => {
    const config = loadConfig({ RECORDROOM_DB_ACQUIRE_TIMEOUT_MS: '1500', RECORDROOM_IMPORTS_PER_USER: '1', RECORDROOM_IMPORT_SPOOL_DIR: '/var/spool/recordroom' });
    expect(config.database.acquireTimeoutMs).toBe(1500);
    expect(config.importsPerUser).toBe(1);
    expect(config.importSpoolDir).toBe('/var/spool/recordroom');
    expect(() => loadConfig({ RECORDROOM_DB_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/RECORDROOM_DB_STATEMENT_TIMEOUT_MS/);
  });
});
