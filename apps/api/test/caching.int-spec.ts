import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type NewCalendarFeedDto } from '@recordroom/contracts';
import request from 'supertest';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/**
 * API responses hold personal data: no browser or proxy cache may keep them (a shared ward
 * computer, a back button after sign-out). The calendar feed alone may be kept a while.
 */
describe('caching of API responses', () => {
  let api: TestApp;
  let office: TestOrganisation;
  let admin: Agent;

  beforeAll(async () => {
    api = await startTestApp();
    office = await seedTestOrganisation(api.app, { seed: 616 });
    admin = await office.signInAs('admin');
  });

  afterAll(async () => {
    await api.close();
  });

  it('marks JSON, CSV downloads and error responses no-store', async () => {
    const responses = {
      json: await admin.get('/api/staff'),
      csv: await admin.get('/api/staff/export.csv'),
      signIn: await request(api.server).post('/api/auth/sign-in').send({ email: office.accountOf('admin').email, password: 'not the password' }),
      problem: await request(api.server).get('/api/staff'),
    };

    expect(Object.fromEntries(Object.entries(responses).map(([what, response]) => [what, [response.status, response.get('Cache-Control')]]))).toEqual({
      json: [200, 'no-store'],
      csv: [200, 'no-store'],
      signIn: [401, 'no-store'],
      problem: [401, 'no-store'],
    });
  });

  it('lets calendar apps keep the feed for 15 minutes, privately, and an unknown feed not at all', async () => {
    const staff = await office.signInAs('staff');
    const feed = (await staff.post('/api/rota/me/calendar-feed').expect(201)).body as NewCalendarFeedDto;

    const found = await request(api.server).get(new URL(feed.url).pathname);
    const unknown = await request(api.server).get(`/api/rota/calendar/${'x'.repeat(43)}.ics`);

    expect(found.status).toBe(200);
    expect(found.get('Cache-Control')).toBe('private, max-age=900');
    expect(unknown.status).toBe(404);
    expect(unknown.get('Cache-Control')).toBe('no-store');
  });
});
