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
