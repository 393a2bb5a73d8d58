import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@recordroom/demo-department';
import request from 'supertest';
import { countRows } from './support/database-rows.js';
import { problemOf } from './support/problem-details.js';
import { aRecordRequestCsv } from './support/kpi-bodies.js';
import { aNewStaffMember } from './support/request-bodies.js';
import { seedTestOrganisation, sessionTokenOf, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/**
 * Cross-site request forgery does not rest on the SameSite cookie alone: a change is taken only
 * as JSON (or CSV where a route imports a file), which an HTML form or a no-CORS fetch cannot
 * send, and only from Recordroom's own origin as the browser reports it (Sec-Fetch-Site, Origin).
 */
describe('cross-site requests', () => {
  let api: TestApp;
  let office: TestOrganisation;
  let admin: Agent;

  beforeAll(async () => {
    api = await startTestApp({ PORT: '3000' });
    office = await seedTestOrganisation(api.app, { seed: 613 });
    admin = await office.signInAs('admin');
  });

  afterAll(async () => {
    await api.close();
  });

  const departmentId = (): string | undefined => office.departments[0]?.id;
  const staffCount = (): Promise<number> => countRows(api.database, 'staff_member', office.organisation.id);

  describe('the media type of a body', () => {
    it('refuses a form-encoded sign-in with 415 naming the type, so a page elsewhere cannot sign a person in as someone else', async () => {
      const response = await request(api.server).post('/api/auth/sign-in').type('form').send({ email: office.accountOf('manager').email, password: DEMO_PASSWORD });

      expect(response.status).toBe(415);
      expect(problemOf(response).detail).toContain('application/x-www-form-urlencoded');
      expect(problemOf(response).detail).toContain('application/json');
      expect(sessionTokenOf(response)).toBeUndefined();
    });

    it('refuses a text/plain body, even holding valid JSON, and changes nothing', async () => {
      const before = await staffCount();

      const response = await admin.post('/api/staff').set('Content-Type', 'text/plain').send(JSON.stringify(aNewStaffMember({ departmentId: departmentId() })));

      expect(response.status).toBe(415);
      expect(problemOf(response).detail).toContain('text/plain');
      expect(await staffCount()).toBe(before);
    });

    it('refuses a form post to sign-out, which has no body of its own, and keeps the session', async () => {
      const agent = await office.signInAs('officer');

      const response = await agent.post('/api/auth/sign-out').type('form').send('next=/');

      expect(response.status).toBe(415);
      expect((await agent.get('/api/auth/me')).status).toBe(200);
    });

    it('refuses an empty form post: the media type it declares is checked even with no body', async () => {
      const agent = await office.signInAs('officer');

      const response = await agent.post('/api/auth/sign-out').set('Content-Type', 'application/x-www-form-urlencoded').send('');

      expect(response.status).toBe(415);
      expect((await agent.get('/api/auth/me')).status).toBe(200);
    });

    it('takes an empty body declared as JSON', async () => {
      const agent = await office.signInAs('senior');

      const response = await agent.post('/api/auth/sign-out').set('Content-Type', 'application/json').send('');

      expect(response.status).toBe(204);
    });

    it('takes JSON with a charset, and a request with no body and no Content-Type', async () => {
      const agent = await office.signInAs('senior');

      const created = await admin.post('/api/staff').set('Content-Type', 'application/json; charset=utf-8').send(JSON.stringify(aNewStaffMember({ departmentId: departmentId() })));
      const signedOut = await agent.post('/api/auth/sign-out');

      expect(created.status).toBe(201);
      expect(signedOut.status).toBe(204);
    });

    it('takes CSV on an import route and refuses it on a JSON route', async () => {
      const manager = await office.signInAs('manager');

      const imported = await manager.post('/api/kpi/imports/record-requests').set('Content-Type', 'text/csv').send(aRecordRequestCsv());
      const asEvent = await manager.post('/api/kpi/events/record-requests').set('Content-Type', 'text/csv').send(aRecordRequestCsv());
      const jsonImport = await manager.post('/api/kpi/imports/record-requests').send({ csv: aRecordRequestCsv() });

      expect(imported.status).toBe(201);
      expect(asEvent.status).toBe(415);
      expect(problemOf(asEvent).detail).toContain('text/csv');
      expect(jsonImport.status).toBe(415);
      expect(problemOf(jsonImport).detail).toContain('Content-Type: text/csv');
    });
  });

  describe('where the browser says the request came from', () => {
    it('refuses a change a browser marks as from another site, or from a sibling site, with 403 saying why', async () => {
      const before = await staffCount();

      const crossSite = await admin.post('/api/staff').set('Sec-Fetch-Site', 'cross-site').send(aNewStaffMember({ departmentId: departmentId() }));
      const sameSite = await admin.post('/api/staff').set('Sec-Fetch-Site', 'same-site').send(aNewStaffMember({ departmentId: departmentId() }));

      expect(crossSite.status).toBe(403);
      expect(problemOf(crossSite).detail).toContain('Sec-Fetch-Site: cross-site');
      expect(sameSite.status).toBe(403);
      expect(await staffCount()).toBe(before);
    });

    it('takes a change from the same origin, or one the person started themselves', async () => {
      const sameOrigin = await admin.post('/api/staff').set('Sec-Fetch-Site', 'same-origin').send(aNewStaffMember({ departmentId: departmentId() }));
      const typed = await admin.post('/api/staff').set('Sec-Fetch-Site', 'none').send(aNewStaffMember({ departmentId: departmentId() }));

      expect(sameOrigin.status).toBe(201);
      expect(typed.status).toBe(201);
    });

    it('refuses a change from a page of another origin with 403 naming it', async () => {
      const response = await admin.delete(`/api/rota/staff/${office.staffRecordOf('staff').id}/calendar-feed`).set('Origin', 'https://evil.example');

      expect(response.status).toBe(403);
      expect(problemOf(response).detail).toContain('https://evil.example');
    });

    it('refuses a sign-in from a page of another origin, so it cannot sign a person in as someone else', async () => {
      const response = await request(api.server).post('/api/auth/sign-in').set('Origin', 'https://evil.example').send({ email: office.accountOf('staff').email, password: DEMO_PASSWORD });

      expect(response.status).toBe(403);
      expect(sessionTokenOf(response)).toBeUndefined();
    });

    it('refuses a cross-site change before asking who is signed in', async () => {
      const response = await request(api.server).post('/api/staff').set('Sec-Fetch-Site', 'cross-site').send(aNewStaffMember());

      expect(response.status).toBe(403);
    });

    it('takes a change from localhost, 127.0.0.1 or [::1] on the configured port when no public origin is set', async () => {
      const statuses = await Promise.all(
        ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000'].map(async (origin) => (await request(api.server).post('/api/auth/sign-in').set('Origin', origin).send({ email: office.accountOf('staff').email, password: DEMO_PASSWORD })).status),
      );
      const otherPort = await request(api.server).post('/api/auth/sign-in').set('Origin', 'http://localhost:3001').send({ email: office.accountOf('staff').email, password: DEMO_PASSWORD });

      expect(statuses).toEqual([200, 200, 200]);
      expect(otherPort.status).toBe(403);
    });

    it('lets reads through whatever site they come from', async () => {
      const response = await admin.get('/api/auth/me').set('Sec-Fetch-Site', 'cross-site').set('Origin', 'https://evil.example');

      expect(response.status).toBe(200);
    });
  });
});

describe('cross-site requests behind a public origin', () => {
  let api: TestApp;
  let office: TestOrganisation;

  beforeAll(async () => {
    api = await startTestApp({ PORT: '3000', RECORDROOM_PUBLIC_ORIGIN: 'https://records.example.nhs.uk' });
    office = await seedTestOrganisation(api.app, { seed: 614 });
  });

  afterAll(async () => {
    await api.close();
  });

  it('takes changes from the public origin only, no longer from localhost', async () => {
    const signIn = (origin: string): request.Test => request(api.server).post('/api/auth/sign-in').set('Origin', origin).send({ email: office.accountOf('staff').email, password: DEMO_PASSWORD });

    expect((await signIn('https://records.example.nhs.uk')).status).toBe(200);
    const fromLocalhost = await signIn('http://localhost:3000');
    expect(fromLocalhost.status).toBe(403);
    expect(problemOf(fromLocalhost).detail).toContain('https://records.example.nhs.uk');
  });
});
