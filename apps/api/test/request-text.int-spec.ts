import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { countRows } from './support/database-rows.js';
import { fieldsNamedBy, problemOf } from './support/problem-details.js';
import { aNewStaffMember } from './support/request-bodies.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

const NUL = '\u0000';
/** A high surrogate with no low one after it: not Unicode text, though JSON can carry it. */
const LONE_SURROGATE = '\ud800';

/**
 * Text that is not Unicode, or that PostgreSQL cannot store (NUL), is refused with a 400 naming
 * the field before any handler runs: never a 500, never a half-sent download.
 */
describe('text that cannot be stored', () => {
  let api: TestApp;
  let office: TestOrganisation;
  let admin: Agent;

  beforeAll(async () => {
    api = await startTestApp();
    office = await seedTestOrganisation(api.app, { seed: 611 });
    admin = await office.signInAs('admin');
  });

  afterAll(async () => {
    await api.close();
  });

  function signIn(body: object): request.Test {
    return request(api.server).post('/api/auth/sign-in').send(body);
  }

  it('refuses a NUL in the sign-in email or password with a 400 naming the field', async () => {
    const email = office.accountOf('manager').email;

    const inEmail = await signIn({ email: `${email}${NUL}`, password: 'anything' });
    const inPassword = await signIn({ email, password: `pass${NUL}word` });

    expect(inEmail.status).toBe(400);
    expect(fieldsNamedBy(inEmail)).toEqual(['email']);
    expect(problemOf(inEmail).errors?.[0]?.message).toMatch(/NUL/);
    expect(inPassword.status).toBe(400);
    expect(fieldsNamedBy(inPassword)).toEqual(['password']);
  });

  it('refuses a lone surrogate in sign-in, which would otherwise be compared as a different text', async () => {
    const response = await signIn({ email: office.accountOf('manager').email, password: `guess${LONE_SURROGATE}` });

    expect(response.status).toBe(400);
    expect(fieldsNamedBy(response)).toEqual(['password']);
    expect(problemOf(response).errors?.[0]?.message).toMatch(/surrogate/);
  });

  it('refuses a NUL or lone surrogate in any text field of a JSON body, and stores nothing', async () => {
    const before = await countRows(api.database, 'staff_member', office.organisation.id);

    const withNul = await admin.post('/api/staff').send(aNewStaffMember({ departmentId: office.departments[0]?.id, firstName: `Ro${NUL}bin` }));
    const withSurrogate = await admin.post('/api/staff').send(aNewStaffMember({ departmentId: office.departments[0]?.id, jobTitle: `Clerk ${LONE_SURROGATE}` }));

    expect(withNul.status).toBe(400);
    expect(fieldsNamedBy(withNul)).toEqual(['firstName']);
    expect(withSurrogate.status).toBe(400);
    expect(fieldsNamedBy(withSurrogate)).toEqual(['jobTitle']);
    expect(await countRows(api.database, 'staff_member', office.organisation.id)).toBe(before);
  });

  it('names a field deep in the body by its path, and every bad field at once', async () => {
    const response = await admin
      .post('/api/kpi/events/subject-access-requests')
      .query({ departmentId: office.departments[0]?.id })
      .send({ externalId: `SAR${NUL}1`, receivedOn: '2026-01-31', pauses: [{ from: '2026-02-03', to: `2026-02-10${NUL}` }], extended: false, completedOn: null });

    expect(response.status).toBe(400);
    expect(fieldsNamedBy(response)).toEqual(['externalId', 'pauses.0.to']);
  });

  it('refuses a field name that holds a NUL', async () => {
    const response = await admin.patch(`/api/staff/${office.staff[0]?.id}`).send({ version: 1, [`first${NUL}Name`]: 'Robin' });

    expect(response.status).toBe(400);
    expect(fieldsNamedBy(response)).toEqual(['first\ufffdName']);
  });

  it('refuses a NUL in a query string, in the directory and in its CSV export alike', async () => {
    const listed = await admin.get('/api/staff?search=%00');
    const exported = await admin.get('/api/staff/export.csv?search=Smith%00');

    expect(listed.status).toBe(400);
    expect(fieldsNamedBy(listed)).toEqual(['search']);
    expect(exported.status).toBe(400);
    expect(fieldsNamedBy(exported)).toEqual(['search']);
  });

  it('refuses such text before the session is looked at', async () => {
    const response = await request(api.server).get('/api/staff?search=%00');

    expect(response.status).toBe(400);
    expect(fieldsNamedBy(response)).toEqual(['search']);
  });

  it('refuses a NUL in a path parameter', async () => {
    const response = await admin.get('/api/kpi/series/retrieval%00');

    expect(response.status).toBe(400);
    expect(fieldsNamedBy(response)).toEqual(['kpiId']);
  });

  it('answers malformed JSON and malformed percent-encoding with a 400', async () => {
    const json = await request(api.server).post('/api/auth/sign-in').set('Content-Type', 'application/json').send('{"email": "a@b.org", "password": ');
    const path = await admin.get('/api/staff/%E0%A4%A');

    expect(json.status).toBe(400);
    expect(problemOf(json).title).toBeDefined();
    expect(path.status).toBe(400);
    expect(problemOf(path).title).toBeDefined();
  });

  it('still takes text with characters from beyond the Basic Multilingual Plane', async () => {
    const response = await admin.post('/api/staff').send(aNewStaffMember({ departmentId: office.departments[0]?.id, firstName: 'Robin 🌟' }));

    expect(response.status).toBe(201);
  });
});
