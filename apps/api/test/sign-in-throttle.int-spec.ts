import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@recordroom/demo-department';
import request from 'supertest';
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

  function signIn(email: string, password: string): request.Test {
    return request(api.server).post('/api/auth/sign-in').send({ email, password });
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

  it('throttles an address with no account the same way, so the answer does not reveal which addresses exist', async () => {
    const email = `nobody.${trust.organisation.odsCode.toLowerCase()}@test.recordroom.org`;

    expect(await failTimes(email, MAX_SIGN_IN_FAILURES)).toEqual(Array<number>(MAX_SIGN_IN_FAILURES).fill(401));
    expect((await signIn(email, DEMO_PASSWORD)).status).toBe(429);
  });
});
