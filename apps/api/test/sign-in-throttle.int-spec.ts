import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { DEMO_PASSWORD } from '@recordroom/demo-department';
import request from 'supertest';
import { PasswordHasher } from '../src/auth/password-hasher.js';
import { MAX_SIGN_IN_FAILURES, SIGN_IN_FAILURE_WINDOW_MINUTES } from '../src/auth/sign-in-throttle.js';
import { problemOf } from './support/problem-details.js';
import { seedTestOrganisation, startTestApp, type TestApp, type TestOrganisation } from './support/test-app.js';

describe('throttling password guessing', () => {
  let api: TestApp;
  let trust: TestOrganisation;

  beforeAll(async () => {
    api = await startTestApp();
    trust = await seedTestOrganisation(api.app, { seed: 131 });
  });

  afterAll(async () => {
    await api.close();
  });

  /**
   * Each test signs in from its own client address (X-Forwarded-For, trusted from loopback), so
   * its failures never add up with another test's, nor with the other files' sign-ins from
   * 127.0.0.1 against the shared database.
   */
  let addresses = 0;
  let from = '';
  beforeEach(() => {
    addresses += 1;
    from = `198.51.100.${addresses}`;
  });

  function signIn(email: string, password: string, address = from): request.Test {
    return request(api.server).post('/api/auth/sign-in').set('X-Forwarded-For', address).send({ email, password });
  }

  async function failTimes(email: string, times: number): Promise<number[]> {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < times; attempt++) statuses.push((await signIn(email, 'a wrong guess')).status);
    return statuses;
  }

  it(`refuses even the right password with 429 after ${MAX_SIGN_IN_FAILURES} wrong ones, saying how long to wait`, async () => {
    const email = trust.accountOf('manager').email;

    expect(await failTimes(email, MAX_SIGN_IN_FAILURES)).toEqual(Array<number>(MAX_SIGN_IN_FAILURES).fill(401));
    const refused = await signIn(email, DEMO_PASSWORD);

    expect(refused.status).toBe(429);
    expect(problemOf(refused).title).toBe('Too many sign-in attempts');
    const retryAfter = Number(refused.get('Retry-After'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_FAILURE_WINDOW_MINUTES * 60);
  });

  it('counts per address: a colleague signs in as usual while one account is throttled', async () => {
    const throttled = trust.accountOf('officer').email;
    await failTimes(throttled, MAX_SIGN_IN_FAILURES);

    expect((await signIn(throttled, DEMO_PASSWORD)).status).toBe(429);
    expect((await signIn(trust.accountOf('senior').email, DEMO_PASSWORD)).status).toBe(200);
  });

  it('counts the address however it is typed', async () => {
    const email = trust.accountOf('admin').email;
    await failTimes(email.toUpperCase(), MAX_SIGN_IN_FAILURES);

    expect((await signIn(email, DEMO_PASSWORD)).status).toBe(429);
  });

  it('forgives earlier mistakes once the person signs in', async () => {
    const email = trust.accountOf('staff').email;
    await failTimes(email, MAX_SIGN_IN_FAILURES - 1);
    expect((await signIn(email, DEMO_PASSWORD)).status).toBe(200);

    expect(await failTimes(email, MAX_SIGN_IN_FAILURES - 1)).toEqual(Array<number>(MAX_SIGN_IN_FAILURES - 1).fill(401));
    expect((await signIn(email, DEMO_PASSWORD)).status).toBe(200);
  });

  it(`checks at most ${MAX_SIGN_IN_FAILURES} passwords of 40 sent at once, and refuses the rest with 429`, async () => {
    const email = trust.accountOf('senior').email.toUpperCase();
    const verify = jest.spyOn(api.app.get(PasswordHasher), 'verify');
    verify.mockClear();

    const responses = await Promise.all(Array.from({ length: 40 }, (_, attempt) => signIn(email, `guess ${attempt}`)));

    const statuses = responses.map((response) => response.status).sort();
    expect(verify).toHaveBeenCalledTimes(MAX_SIGN_IN_FAILURES);
    verify.mockRestore();
    expect(statuses).toEqual([...Array<number>(MAX_SIGN_IN_FAILURES).fill(401), ...Array<number>(40 - MAX_SIGN_IN_FAILURES).fill(429)]);
    for (const refused of responses.filter((response) => response.status === 429)) expect(Number(refused.get('Retry-After'))).toBeGreaterThan(0);
    expect((await signIn(email, DEMO_PASSWORD)).status).toBe(429);
  });

  it('throttles an address with no account the same way, so the answer does not reveal which addresses exist', async () => {
    const email = `nobody.${trust.organisation.odsCode.toLowerCase()}@test.recordroom.org`;

    expect(await failTimes(email, MAX_SIGN_IN_FAILURES)).toEqual(Array<number>(MAX_SIGN_IN_FAILURES).fill(401));
    expect((await signIn(email, DEMO_PASSWORD)).status).toBe(429);
  });
});

describe('throttling sign-ins from one client address', () => {
  const LIMIT = 5;
  let api: TestApp;
  let trust: TestOrganisation;

  beforeAll(async () => {
    api = await startTestApp({ RECORDROOM_SIGN_IN_MAX_FAILURES_PER_ADDRESS: String(LIMIT) });
    trust = await seedTestOrganisation(api.app, { seed: 132 });
  });

  afterAll(async () => {
    await api.close();
  });

  function signIn(email: string, password: string, address: string): request.Test {
    return request(api.server).post('/api/auth/sign-in').set('X-Forwarded-For', address).send({ email, password });
  }

  const someone = (n: number): string => `sprayed.${n}.${trust.organisation.odsCode.toLowerCase()}@test.recordroom.org`;

  it('refuses an address that has tried one password on many email addresses, even with a right password, while others sign in', async () => {
    const sprayer = '203.0.113.7';
    const statuses: number[] = [];
    for (let n = 0; n < LIMIT; n++) statuses.push((await signIn(someone(n), 'Winter2026!', sprayer)).status);

    const next = await signIn(someone(LIMIT), 'Winter2026!', sprayer);
    const rightPassword = await signIn(trust.accountOf('manager').email, DEMO_PASSWORD, sprayer);
    const elsewhere = await signIn(trust.accountOf('manager').email, DEMO_PASSWORD, '203.0.113.8');

    expect(statuses).toEqual(Array<number>(LIMIT).fill(401));
    expect(next.status).toBe(429);
    expect(problemOf(next).detail).toMatch(/network address/);
    expect(Number(next.get('Retry-After'))).toBeLessThanOrEqual(SIGN_IN_FAILURE_WINDOW_MINUTES * 60);
    expect(rightPassword.status).toBe(429);
    expect(elsewhere.status).toBe(200);
  });

  it('does not count right passwords against the address: a shared office keeps signing in', async () => {
    const office = '203.0.113.9';
    const roles = ['admin', 'manager', 'officer', 'senior', 'staff'] as const;
    for (const role of [...roles, ...roles]) expect((await signIn(trust.accountOf(role).email, DEMO_PASSWORD, office)).status).toBe(200);

    expect((await signIn(someone(100), 'a wrong guess', office)).status).toBe(401);
  });

  it('counts an IPv6 network (/64) as one address, so a guesser cannot step through its own addresses', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < LIMIT; n++) statuses.push((await signIn(someone(200 + n), 'a wrong guess', `2001:db8:7:1::${n + 1}`)).status);

    expect(statuses).toEqual(Array<number>(LIMIT).fill(401));
    expect((await signIn(someone(300), 'a wrong guess', '2001:db8:7:1:ffff::9')).status).toBe(429);
    expect((await signIn(someone(301), 'a wrong guess', '2001:db8:7:2::1')).status).toBe(401);
  });
});
