import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConsoleLogger } from '@nestjs/common';
import { type NewCalendarFeedDto } from '@recordroom/contracts';
import { createHash } from 'node:crypto';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/** Keeps every message the API logs, as the JSON logger would write it. */
class CapturingLogger extends ConsoleLogger {
  readonly lines: string[] = [];

  override log(message: unknown, ...rest: unknown[]): void {
    this.lines.push(JSON.stringify([message, ...rest]));
  }

  override error(message: unknown, ...rest: unknown[]): void {
    this.lines.push(JSON.stringify([message, ...rest]));
  }
}

/**
 * A calendar feed's URL is its only secret: it is handed out on the public origin whatever Host
 * the request named, and the access log holds a fingerprint of the token, never the token.
 */
describe('calendar feed secrets', () => {
  const logger = new CapturingLogger();
  let api: TestApp;
  let clinic: TestOrganisation;
  let staff: Agent;

  beforeAll(async () => {
    api = await startTestApp({ RECORDROOM_PUBLIC_ORIGIN: 'https://records.example.nhs.uk' }, undefined, logger);
    clinic = await seedTestOrganisation(api.app, { seed: 615 });
    staff = await clinic.signInAs('staff');
  });

  afterAll(async () => {
    await api.close();
  });

  async function newFeedUrl(host?: string): Promise<URL> {
    const request = staff.post('/api/rota/me/calendar-feed');
    const response = await (host ? request.set('Host', host) : request);
    expect(response.status).toBe(201);
    return new URL((response.body as NewCalendarFeedDto).url);
  }

  it('hands out the feed URL on the public origin, whatever Host the request names', async () => {
    const url = await newFeedUrl('evil.example');

    expect(url.origin).toBe('https://records.example.nhs.uk');
    expect(url.pathname).toMatch(/^\/api\/rota\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  });

  it('logs a fetch of the feed with a fingerprint of its token, never the token itself', async () => {
    const url = await newFeedUrl();
    const token = /calendar\/(.+)\.ics$/.exec(url.pathname)?.[1] ?? '';
    const fingerprint = createHash('sha256').update(token).digest('hex').slice(0, 8);

    // As sent, with a trailing slash, and with a letter percent-encoded: Express serves all three.
    const encoded = `/api/rota/calendar/%${token.charCodeAt(0).toString(16)}${token.slice(1)}.ics`;
    for (const path of [url.pathname, `${url.pathname}/`, encoded]) expect((await staff.get(path)).status).toBe(200);

    const stored = await api.database.query<{ token_hash: string }[]>('SELECT token_hash FROM calendar_feed WHERE token_hash LIKE $1', [`${fingerprint}%`]);
    expect(stored).toHaveLength(1);
    const logged = logger.lines.join('\n');
    expect(logged.split(`"path":"/api/rota/calendar/{sha256:${fingerprint}}.ics`)).toHaveLength(4);
    expect(logged).not.toContain(token.slice(1));
  });

  it('keeps the path of every other request in the log as it was sent, without its query', async () => {
    await staff.get('/api/rota/me/shifts').query({ from: '2026-01-01' });

    expect(logger.lines.some((line) => line.includes('"path":"/api/rota/me/shifts"'))).toBe(true);
    expect(logger.lines.join('\n')).not.toContain('from=2026-01-01');
  });
});
