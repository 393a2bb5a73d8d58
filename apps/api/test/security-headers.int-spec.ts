import { afterEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';

/** What a browser is told about the dashboard and API, on plain HTTP and behind HTTPS. */
describe('security headers', () => {
  let api: TestApp | undefined;

  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  function policyOf(response: request.Response): Map<string, string> {
    const header = response.get('Content-Security-Policy') ?? '';
    return new Map(header.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values.join(' ')];
    }));
  }

  it("allows only this origin's scripts and the NHS.UK fonts, and cannot be framed", async () => {
    api = await startTestApp();

    const response = await request(api.server).get('/api/health');
    const policy = policyOf(response);

    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('font-src')).toContain('https://assets.nhs.uk');
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(response.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.get('X-Powered-By')).toBeUndefined();
  });

  it('leaves HTTPS-only headers off on plain HTTP, so a local evaluation is not upgraded to a port with no TLS', async () => {
    api = await startTestApp({ RECORDROOM_SECURE_COOKIES: 'false' });

    const response = await request(api.server).get('/api/health');

    expect(response.get('Strict-Transport-Security')).toBeUndefined();
    expect(policyOf(response).has('upgrade-insecure-requests')).toBe(false);
  });

  it('sends HSTS and upgrade-insecure-requests behind HTTPS', async () => {
    api = await startTestApp({ RECORDROOM_SECURE_COOKIES: 'true' });

    const response = await request(api.server).get('/api/health');

    expect(response.get('Strict-Transport-Security')).toMatch(/max-age=31536000/);
    expect(policyOf(response).has('upgrade-insecure-requests')).toBe(true);
  });
});
