import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type CurrentUserDto } from '@recordroom/contracts';
import { DEMO_PASSWORD } from '@recordroom/demo-department';
import request from 'supertest';
import { hashToken } from '../src/auth/auth.service.js';
import { SESSION_COOKIE } from '../src/auth/session-cookie.js';
import { auditRowsAbout } from './support/database-rows.js';
import { fieldsNamedBy, problemOf } from './support/problem-details.js';
import { seedTestOrganisation, sessionTokenOf, startTestApp, type TestApp, type TestOrganisation } from './support/test-app.js';

describe('signing in and out', () => {
  let api: TestApp;
  let trust: TestOrganisation;

  beforeAll(async () => {
    api = await startTestApp();
    trust = await seedTestOrganisation(api.app, { seed: 101 });
  });

  afterAll(async () => {
    await api.close();
  });

  async function signIn(body: object): Promise<request.Response> {
    return request(api.server).post('/api/auth/sign-in').send(body);
  }

  async function signedInToken(role: 'manager' | 'officer' | 'staff'): Promise<string> {
    const response = await signIn({ email: trust.accountOf(role).email, password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
    const token = sessionTokenOf(response);
    if (!token) throw new Error('The sign-in set no session cookie');
    return token;
  }

  function me(token: string): request.Test {
    return request(api.server).get('/api/auth/me').set('Cookie', `${SESSION_COOKIE}=${token}`);
  }

  describe('a correct email and password', () => {
    it('sets an httpOnly, SameSite=Lax session cookie for the whole site', async () => {
      const response = await signIn({ email: trust.accountOf('officer').email, password: DEMO_PASSWORD });

      expect(response.status).toBe(200);
      const cookie = response.get('Set-Cookie')?.find((c) => c.startsWith('recordroom_session='));
      expect(cookie).toMatch(/^recordroom_session=[\w-]{40,};/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Lax/);
      expect(cookie).toMatch(/; Path=\//);
    });

    it('opens a session that /api/auth/me answers with the user and the names of their organisation and department', async () => {
      const manager = trust.accountOf('manager');
      const department = trust.departments.find((d) => d.id === manager.departmentId);

      const response = await me(await signedInToken('manager'));

      expect(response.status).toBe(200);
      expect((response.body as { user: CurrentUserDto }).user).toEqual({
        id: manager.id,
        email: manager.email,
        displayName: manager.displayName,
        role: 'manager',
        organisationId: trust.organisation.id,
        organisationName: trust.organisation.name,
        departmentId: manager.departmentId,
        departmentName: department?.name,
        staffMemberId: manager.staffMemberId,
      });
    });

    it('matches the email whatever its case and surrounding spaces', async () => {
      const response = await signIn({ email: `  ${trust.accountOf('staff').email.toUpperCase()} `, password: DEMO_PASSWORD });

      expect(response.status).toBe(200);
      expect((response.body as { user: CurrentUserDto }).user.id).toBe(trust.accountOf('staff').id);
    });
  });

  describe('a refused sign-in', () => {
    it('answers a wrong password and an unknown email alike: 401 problem details with the same detail, and no cookie', async () => {
      const wrongPassword = await signIn({ email: trust.accountOf('admin').email, password: 'not-the-password' });
      const unknownEmail = await signIn({ email: 'nobody.at.all@test.recordroom.org', password: DEMO_PASSWORD });

      expect([wrongPassword.status, unknownEmail.status]).toEqual([401, 401]);
      expect(problemOf(wrongPassword).detail).toBe(problemOf(unknownEmail).detail);
      expect(problemOf(wrongPassword).detail).toMatch(/email address or password/);
      expect(sessionTokenOf(wrongPassword)).toBeUndefined();
      expect(sessionTokenOf(unknownEmail)).toBeUndefined();
    });

    it.each([
      { body: { password: DEMO_PASSWORD }, fields: ['email'], problem: 'no email' },
      { body: { email: 'someone@test.recordroom.org' }, fields: ['password'], problem: 'no password' },
      { body: {}, fields: ['email', 'password'], problem: 'nothing in it' },
      { body: { email: 'someone@test.recordroom.org', password: DEMO_PASSWORD, rememberMe: true }, fields: ['rememberMe'], problem: 'an unknown field' },
      { body: { email: 42, password: DEMO_PASSWORD }, fields: ['email'], problem: 'an email that is not text' },
    ])('refuses a body with $problem: 400 naming $fields', async ({ body, fields }) => {
      const response = await signIn(body);

      expect(response.status).toBe(400);
      expect(fieldsNamedBy(response).sort()).toEqual(fields);
    });
  });

  describe('signing out', () => {
    it('ends the session: /api/auth/me is 401 with the same cookie afterwards, and the browser is told to drop it', async () => {
      const token = await signedInToken('officer');
      await me(token).expect(200);

      const signOut = await request(api.server).post('/api/auth/sign-out').set('Cookie', `${SESSION_COOKIE}=${token}`);

      expect(signOut.status).toBe(204);
      expect(signOut.get('Set-Cookie')).toEqual([expect.stringMatching(/^recordroom_session=; Path=\/; Expires=Thu, 01 Jan 1970/)]);
      const after = await me(token);
      expect(after.status).toBe(401);
      expect(problemOf(after).title).toBe('Not signed in');
    });

    it("leaves 'sign-in' then 'sign-out' rows about the account in the audit trail", async () => {
      const staff = trust.accountOf('staff');
      const before = (await auditRowsAbout(api.database, staff.id)).length;

      const agent = await trust.signInAs('staff');
      await agent.post('/api/auth/sign-out').expect(204);

      const rows = (await auditRowsAbout(api.database, staff.id)).slice(before);
      expect(rows.map((row) => [row.action, row.entity_type, row.actor_account_id])).toEqual([
        ['sign-in', 'account', staff.id],
        ['sign-out', 'account', staff.id],
      ]);
    });
  });

  describe('sessions', () => {
    it('refuses a session whose idle expiry has passed', async () => {
      const token = await signedInToken('manager');
      await me(token).expect(200);

      await api.database.query(`UPDATE session SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [hashToken(token)]);

      const response = await me(token);
      expect(response.status).toBe(401);
      expect(problemOf(response).detail).toMatch(/session has ended/);
    });

    it('refuses a session past its absolute expiry, however recently it was used', async () => {
      const token = await signedInToken('manager');

      await api.database.query(`UPDATE session SET absolute_expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [hashToken(token)]);

      await me(token).expect(401);
    });

    it('slides the idle expiry forward as the session is used, but never past the absolute expiry', async () => {
      const token = await signedInToken('manager');
      const minutesLeft = async (): Promise<{ idle: number; absolute: number }> => {
        const rows = await api.database.query<{ idle: number; absolute: number }[]>(
          `SELECT extract(epoch FROM expires_at - now())::float / 60 AS idle, extract(epoch FROM absolute_expires_at - now())::float / 60 AS absolute
             FROM session WHERE token_hash = $1`,
          [hashToken(token)],
        );
        return rows[0] ?? { idle: Number.NaN, absolute: Number.NaN };
      };
      const lastSeenTenMinutesAgo = (column: 'expires_at' | 'absolute_expires_at'): Promise<unknown> =>
        api.database.query(`UPDATE session SET last_seen_at = now() - interval '10 minutes', ${column} = now() + interval '2 minutes' WHERE token_hash = $1`, [
          hashToken(token),
        ]);

      await lastSeenTenMinutesAgo('expires_at');
      await me(token).expect(200);
      const slid = await minutesLeft();

      await lastSeenTenMinutesAgo('absolute_expires_at');
      await me(token).expect(200);
      const capped = await minutesLeft();

      // RECORDROOM_SESSION_IDLE_MINUTES defaults to 480.
      expect(slid.idle).toBeGreaterThan(479);
      expect(slid.idle).toBeLessThanOrEqual(480);
      expect(capped.idle).toBeCloseTo(capped.absolute, 3);
      expect(capped.absolute).toBeLessThanOrEqual(2);
    });

    it('refuses the sessions and the sign-ins of a disabled account', async () => {
      const senior = trust.accountOf('senior');
      const agent = await trust.signInAs('senior');
      await agent.get('/api/auth/me').expect(200);

      await api.database.query('UPDATE account SET disabled_at = now() WHERE id = $1', [senior.id]);

      await agent.get('/api/auth/me').expect(401);
      const signInAgain = await signIn({ email: senior.email, password: DEMO_PASSWORD });
      expect(signInAgain.status).toBe(401);
      expect(problemOf(signInAgain).detail).toMatch(/email address or password/);
    });

    it('stores only a hash of the token, so a leaked session table cannot be replayed', async () => {
      const token = await signedInToken('staff');

      const rows = await api.database.query<{ token_hash: string }[]>('SELECT token_hash FROM session WHERE token_hash IN ($1, $2)', [token, hashToken(token)]);

      expect(rows.map((row) => row.token_hash)).toEqual([hashToken(token)]);
    });

    describe('with a second replica of the API on the same database', () => {
      let replica: TestApp;

      beforeAll(async () => {
        replica = await startTestApp();
      });

      afterAll(async () => {
        await replica.close();
      });

      it("accepts the first replica's cookie, because sessions are rows in PostgreSQL", async () => {
        const token = await signedInToken('officer');

        const response = await request(replica.server).get('/api/auth/me').set('Cookie', `${SESSION_COOKIE}=${token}`);

        expect(response.status).toBe(200);
        expect((response.body as { user: CurrentUserDto }).user.id).toBe(trust.accountOf('officer').id);
      });

      it('ends the session on every replica when one of them signs it out', async () => {
        const token = await signedInToken('officer');

        await request(replica.server).post('/api/auth/sign-out').set('Cookie', `${SESSION_COOKIE}=${token}`).expect(204);

        await me(token).expect(401);
      });
    });
  });
});
