import { type ConsoleLogger } from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DEMO_PASSWORD, generateDemoOrganisation, type DemoAccount, type DemoOrganisation } from '@recordroom/demo-department';
import { type Role, type StaffMember } from '@recordroom/people';
import { randomBytes, randomUUID } from 'node:crypto';
import { type Server } from 'node:http';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../src/auth/password-hasher.js';
import { SESSION_COOKIE } from '../../src/auth/session-cookie.js';
import { loadConfig } from '../../src/config/app-config.js';
import { createApp } from '../../src/create-app.js';
import { createScratchDatabase } from '../../src/database/scratch-database.js';
import { seedDemoOrganisation } from '../../src/demo/seed-demo-organisation.js';
import { Clock } from '../../src/time/clock.js';
import { testDatabaseUrl } from './test-database-url.js';

/** A supertest agent: keeps the cookies it is given, like a browser. */
export type Agent = ReturnType<typeof request.agent>;

export interface TestApp {
  app: NestExpressApplication;
  /** Listening on an ephemeral port of 127.0.0.1, so concurrent requests share one server. */
  server: Server;
  /** The app's own connection pool, for arranging data and reading what a request wrote. */
  database: DataSource;
  /** The time the API reads: arrange dates from it, never from the machine's clock. */
  clock: Clock;
  close(): Promise<void>;
}

/**
 * The whole API (same middleware, guards and filters as production) on the run's database.
 * `env` overrides configuration variables, as a deployment's environment would; `clock` pins the
 * time the API reads (a FixedClock), where a test's outcome depends on what day it is; `logger`
 * receives what the API logs (none by default), where a test is about the log; `databaseUrl`
 * is the run's shared database unless a file needs one of its own (see own-database.ts).
 *
 * An app with a pinned clock gets a freshly migrated database of its own, dropped on close: its
 * housekeeping (expired sessions, old sign-in failures) judges "expired" by its own clock, so on
 * the shared database it would delete the live sessions of files running on the real time, and
 * theirs would delete its own.
 */
export async function startTestApp(env: NodeJS.ProcessEnv = {}, clock?: Clock, logger?: ConsoleLogger, databaseUrl: string = testDatabaseUrl()): Promise<TestApp> {
  const own = clock ? await createScratchDatabase({ purpose: 'test_clock', serverUrl: databaseUrl, dataDir: '.data' }) : undefined;
  const app = await createApp(loadConfig({ RECORDROOM_SEED_DEMO: 'false', RECORDROOM_SOLVE_WORKERS: '0', ...env }), own?.url ?? databaseUrl, logger ?? false, clock);
  await app.init();
  const server = app.getHttpServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const close = async (): Promise<void> => {
    await app.close();
    await own?.stop();
  };
  return { app, server, database: app.get(DataSource), clock: app.get(Clock), close };
}

/** A generated organisation loaded into the shared database, with a way in for each role. */
export interface TestOrganisation extends DemoOrganisation {
  accountOf(role: Role): DemoAccount;
  /** The staff record of the account with this role (manager, officer and staff have one). */
  staffRecordOf(role: Role): StaffMember;
  /** A fresh agent signed in as this role's account, holding its session cookie. */
  signInAs(role: Role): Promise<Agent>;
  /** The manager's department and another one of the trust, for scope tests (needs two departments). */
  managerAndOtherDepartment(): { own: string; other: string };
}

let demoPasswordHash: Promise<string> | undefined;

/**
 * Generates the demo organisation for `seed` and loads it. Every test file shares one database,
 * so what must be unique across it is made unique first: every id (the generator draws ids from
 * the seed, so two files seeding alike would collide), the ODS code and each account's email
 * (`<role>.<random>@test.recordroom.org`). Everything else is exactly what the generator made.
 */
export async function seedTestOrganisation(app: NestExpressApplication, options: { seed: number; staffCount?: number }): Promise<TestOrganisation> {
  const demo = withUniqueIdentity(generateDemoOrganisation(options));
  demoPasswordHash ??= new PasswordHasher().hash(DEMO_PASSWORD);
  await seedDemoOrganisation(app.get(DataSource), demo, await demoPasswordHash);
  const server = app.getHttpServer();

  const accountOf = (role: Role): DemoAccount => {
    const account = demo.accounts.find((a) => a.role === role);
    if (!account) throw new Error(`The test organisation has no ${role} account`);
    return account;
  };
  const staffRecordOf = (role: Role): StaffMember => {
    const { staffMemberId } = accountOf(role);
    const person = demo.staff.find((s) => s.id === staffMemberId);
    if (!person) throw new Error(`The ${role} account has no staff record`);
    return person;
  };
  const signInAs = async (role: Role): Promise<Agent> => {
    const agent = request.agent(server);
    const response = await agent.post('/api/auth/sign-in').send({ email: accountOf(role).email, password: DEMO_PASSWORD });
    if (response.status !== 200) throw new Error(`Signing in as ${role} gave ${response.status}: ${response.text}`);
    return agent;
  };
  const managerAndOtherDepartment = (): { own: string; other: string } => {
    const own = accountOf('manager').departmentId;
    const other = demo.departments.find((department) => department.id !== own)?.id;
    if (!own || !other) throw new Error('The test organisation needs a manager and a second department');
    return { own, other };
  };
  return { ...demo, accountOf, staffRecordOf, signInAs, managerAndOtherDepartment };
}

/** The value of the session cookie a sign-in response sets, or undefined if it sets none. */
export function sessionTokenOf(response: request.Response): string | undefined {
  const cookie = response.get('Set-Cookie')?.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return cookie?.slice(SESSION_COOKIE.length + 1).split(';')[0];
}

function withUniqueIdentity(demo: DemoOrganisation): DemoOrganisation {
  const fresh = new Map<string, string>();
  const id = (old: string): string => {
    let mapped = fresh.get(old);
    if (!mapped) fresh.set(old, (mapped = randomUUID()));
    return mapped;
  };
  const optionalId = (old: string | null): string | null => (old === null ? null : id(old));
  const tag = randomBytes(5).toString('hex');
  return {
    organisation: { ...demo.organisation, id: id(demo.organisation.id), odsCode: `T${tag.toUpperCase()}` },
    departments: demo.departments.map((d) => ({ ...d, id: id(d.id), organisationId: id(d.organisationId) })),
    teams: demo.teams.map((t) => ({
      ...t,
      id: id(t.id),
      organisationId: id(t.organisationId),
      departmentId: id(t.departmentId),
      leadStaffId: optionalId(t.leadStaffId),
    })),
    locations: demo.locations.map((l) => ({ ...l, id: id(l.id), organisationId: id(l.organisationId), departmentId: id(l.departmentId) })),
    staff: demo.staff.map((s) => ({
      ...s,
      id: id(s.id),
      organisationId: id(s.organisationId),
      departmentId: id(s.departmentId),
      teamId: optionalId(s.teamId),
      lineManagerId: optionalId(s.lineManagerId),
    })),
    accounts: demo.accounts.map((a) => ({
      ...a,
      id: id(a.id),
      organisationId: id(a.organisationId),
      departmentId: optionalId(a.departmentId),
      staffMemberId: optionalId(a.staffMemberId),
      email: `${a.role}.${tag}@test.recordroom.org`,
    })),
  };
}
