import { addDays } from '@recordroom/calendar';
import { type DemoRota, DEMO_PASSWORD } from '@recordroom/demo-department';
import { KPI_CATALOGUE } from '@recordroom/kpi';
import { financialYearOf } from '@recordroom/pay';
import { type Role } from '@recordroom/people';
import { type RunningDatabase } from '../../src/database/embedded-postgres-server.js';
import { createOwnDatabase } from '../support/own-database.js';
import { sendRaw, sessionCookie, sessionTokenFrom } from '../support/raw-request.js';
import { aQualityAudit } from '../support/quality-audit-bodies.js';
import { RESOURCE_KINDS, type ResourceKind } from '../support/resource-kinds.js';
import { arrangeCallOut, arrangeEstablishmentLine } from '../support/pay-arrange.js';
import { londonToday, RotaArranger, seedTestRota } from '../support/rota-arrange.js';
import { RowChangeLog } from '../support/row-change-log.js';
import { seedTestOrganisation, startTestApp, type TestApp, type TestOrganisation } from '../support/test-app.js';
import { type FuzzCaller } from './request-arbitrary.js';
import { type ValueSources } from './schema-arbitrary.js';

/**
 * What the fuzzer attacks: the whole API on a database of its own (so the row-change log sees
 * only the fuzzer's writes), a trust of 80 staff in two departments with a rota
 * around today, a second trust, and a session for each caller.
 */
export interface FuzzWorld {
  api: TestApp;
  trust: TestOrganisation;
  otherTrust: TestOrganisation;
  sources: ValueSources;
  /** Every row written since the world was built (triggers on every table). */
  changes: RowChangeLog;
  /** The session cookie of a caller, or undefined for the anonymous one. */
  cookieOf(caller: FuzzCaller): string | undefined;
  /** Signs the caller in again if its session has ended (a fuzzed sign-out); true if it had. */
  renewIfSignedOut(caller: FuzzCaller): Promise<boolean>;
  close(): Promise<void>;
}

const CALLER_ACCOUNTS: Readonly<Record<Exclude<FuzzCaller, 'anonymous'>, { trust: 'trust' | 'otherTrust'; role: Role }>> = {
  admin: { trust: 'trust', role: 'admin' },
  manager: { trust: 'trust', role: 'manager' },
  officer: { trust: 'trust', role: 'officer' },
  senior: { trust: 'trust', role: 'senior' },
  staff: { trust: 'trust', role: 'staff' },
  'other-trust-admin': { trust: 'otherTrust', role: 'admin' },
};

export async function buildFuzzWorld(): Promise<FuzzWorld> {
  const database: RunningDatabase = await createOwnDatabase('fuzz');
  const api = await startTestApp({}, undefined, undefined, database.url);
  const [trust, otherTrust] = await Promise.all([seedTestOrganisation(api.app, { seed: 901, staffCount: 80 }), seedTestOrganisation(api.app, { seed: 902 })]);
  const rota = await seedTestRota(api.database, trust, 903, api.clock.today());
  const quality = await seedQualityAudits(trust, api.clock.today());

  const emailOf = (caller: Exclude<FuzzCaller, 'anonymous'>): string => {
    const { trust: which, role } = CALLER_ACCOUNTS[caller];
    return (which === 'trust' ? trust : otherTrust).accountOf(role).email;
  };
  const signIn = async (caller: Exclude<FuzzCaller, 'anonymous'>): Promise<string> => {
    const response = await sendRaw(api.server, { method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: emailOf(caller), password: DEMO_PASSWORD }) });
    const token = sessionTokenFrom(response);
    if (response.status !== 200 || !token) throw new Error(`Signing the fuzzer's ${caller} in gave ${response.status}: ${response.text}`);
    return token;
  };
  const tokens = new Map<FuzzCaller, string>();
  for (const caller of Object.keys(CALLER_ACCOUNTS) as Exclude<FuzzCaller, 'anonymous'>[]) tokens.set(caller, await signIn(caller));

  const calendarToken = await newCalendarToken(api, tokens.get('staff') ?? '');
  const lineManagement = await arrangeLineManagement(api, trust, tokens.get('admin') ?? '');
  const solveId = await newSolve(api, tokens.get('admin') ?? '', rota);
  const pay = new Map([[trust, await arrangePayRecords(api, trust)], [otherTrust, await arrangePayRecords(api, otherTrust)]]);
  const ids = idsByKind([trust, otherTrust], rota, calendarToken, lineManagement, solveId, quality, pay);
  const homeIds = idsByKind([trust], rota, calendarToken, lineManagement, solveId, quality, pay);
  const everyId = [...new Set(RESOURCE_KINDS.flatMap((kind) => ids[kind]))];
  const callerEmails = new Set((Object.keys(CALLER_ACCOUNTS) as Exclude<FuzzCaller, 'anonymous'>[]).map(emailOf));
  const sources: ValueSources = {
    today: londonToday(),
    idsOf: (kind: ResourceKind | undefined) => (kind === undefined ? everyId : ids[kind]),
    homeIdsOf: (kind: ResourceKind) => homeIds[kind],
    // Never a caller's address: ten refused attempts would lock the caller out for the run.
    emails: [...otherTrust.accounts.map((account) => account.email).filter((email) => !callerEmails.has(email)), 'nobody@test.recordroom.org'],
    passwords: [DEMO_PASSWORD, DEMO_PASSWORD.toUpperCase(), ''],
  };

  return {
    api,
    trust,
    otherTrust,
    sources,
    changes: await RowChangeLog.install(api.database),
    cookieOf: (caller) => {
      const token = tokens.get(caller);
      return token === undefined ? undefined : sessionCookie(token);
    },
    renewIfSignedOut: async (caller) => {
      if (caller === 'anonymous') return false;
      const me = await sendRaw(api.server, { method: 'GET', url: '/api/auth/me', headers: { cookie: sessionCookie(tokens.get(caller) ?? '') } });
      if (me.status !== 401) return false;
      tokens.set(caller, await signIn(caller));
      return true;
    },
    close: async () => {
      await api.close();
      await database.stop();
    },
  };
}

async function newCalendarToken(api: TestApp, staffToken: string): Promise<string> {
  const response = await sendRaw(api.server, { method: 'POST', url: '/api/rota/me/calendar-feed', headers: { cookie: sessionCookie(staffToken) } });
  const token = /\/calendar\/([^/]+)\.ics$/.exec((JSON.parse(response.text) as { url?: string }).url ?? '')?.[1];
  if (response.status !== 201 || !token) throw new Error(`Making a calendar feed gave ${response.status}: ${response.text}`);
  return token;
}

/** Line management's records the fuzzer may name: an open sickness episode of someone in the officer's line, and the national courses. */
interface LineManagementIds {
  sicknessEpisodes: string[];
  courses: string[];
}

async function arrangeLineManagement(api: TestApp, trust: TestOrganisation, adminToken: string): Promise<LineManagementIds> {
  const officer = trust.staffRecordOf('officer');
  const report = trust.staff.find((s) => s.lineManagerId === officer.id);
  if (!report) throw new Error('The fuzz trust has no report of the officer');
  const response = await sendRaw(api.server, {
    method: 'POST',
    url: `/api/people/staff/${report.id}/sickness`,
    headers: { cookie: sessionCookie(adminToken), 'content-type': 'application/json' },
    body: JSON.stringify({ startDate: addDays(londonToday(), -5), endDate: null, reasonCode: 'S13' }),
  });
  const episode = JSON.parse(response.text) as { id?: string };
  if (response.status !== 201 || !episode.id) throw new Error(`Arranging a sickness episode gave ${response.status}: ${response.text}`);
  const courses: { id: string }[] = await api.database.query('SELECT id FROM course WHERE organisation_id IS NULL ORDER BY code');
  return { sicknessEpisodes: [episode.id], courses: courses.map((c) => c.id) };
}

/** A solve of the seeded draft period, left queued (the fuzzer's app runs no solve workers, so no search burns its CPU). */
async function newSolve(api: TestApp, adminToken: string, rota: DemoRota): Promise<string> {
  const period = rota.periods.find((p) => p.status === 'draft');
  if (!period) throw new Error('The seeded rota has no draft period');
  // The line-management arrangement's sickness took its person off their shifts, moving the period's version on.
  const [current] = await api.database.query<{ version: number }[]>('SELECT version FROM rota_period WHERE id = $1', [period.id]);
  const response = await sendRaw(api.server, { method: 'POST', url: `/api/rota/periods/${period.id}/solves`, headers: { cookie: sessionCookie(adminToken), 'content-type': 'application/json' }, body: JSON.stringify({ periodVersion: current?.version ?? 1, timeLimitSeconds: 1 }) });
  const id = (JSON.parse(response.text) as { id?: string }).id;
  if (response.status !== 201 || !id) throw new Error(`Starting a solve gave ${response.status}: ${response.text}`);
  return id;
}

/** Pay records of an organisation, none of which the demo organisation seeds: a line per department, and a call-out. */
interface PayRecords {
  establishmentLines: string[];
  callOuts: string[];
}

async function arrangePayRecords(api: TestApp, organisation: TestOrganisation): Promise<PayRecords> {
  const admin = await organisation.signInAs('admin');
  const year = financialYearOf(api.clock.today());
  const establishmentLines = await Promise.all(organisation.departments.map(async (department) => (await arrangeEstablishmentLine(admin, department.id, year)).id));
  const rota = new RotaArranger(admin, organisation, api.database, api.clock, 30);
  const person = organisation.staff.find((s) => s.departmentId === rota.departmentId && s.contractType !== 'bank');
  if (!person) throw new Error('The organisation has nobody to be on call');
  const callOut = await arrangeCallOut(admin, rota, person.id);
  return { establishmentLines, callOuts: [callOut.id] };
}

/** The ids of the organisations' records, and of the rota, its solve, line management and records-quality audits (seeded for the first organisation only), and each organisation's pay records. */
function idsByKind(organisations: TestOrganisation[], rota: DemoRota, calendarToken: string, lineManagement: LineManagementIds, solveId: string, quality: QualityIds, pay: ReadonlyMap<TestOrganisation, PayRecords>): Record<ResourceKind, string[]> {
  const both = <T>(pick: (organisation: TestOrganisation) => T[]): T[] => organisations.flatMap(pick);
  return {
    organisation: organisations.map((o) => o.organisation.id),
    department: both((o) => o.departments.map((d) => d.id)),
    team: both((o) => o.teams.map((t) => t.id)),
    location: both((o) => o.locations.map((l) => l.id)),
    staff: both((o) => o.staff.map((s) => s.id)),
    account: both((o) => o.accounts.map((a) => a.id)),
    'shift-type': rota.shiftTypes.map((t) => t.id),
    'cover-requirement': rota.coverRequirements.map((c) => c.id),
    period: rota.periods.map((p) => p.id),
    shift: rota.shifts.map((s) => s.id),
    assignment: rota.assignments.map((a) => a.id),
    absence: rota.absences.map((a) => a.id),
    swap: rota.swaps.map((s) => s.id),
    'sickness-episode': lineManagement.sicknessEpisodes,
    course: lineManagement.courses,
    solve: [solveId],
    'establishment-line': both((o) => pay.get(o)?.establishmentLines ?? []),
    'call-out': both((o) => pay.get(o)?.callOuts ?? []),
    kpi: KPI_CATALOGUE.map((definition) => definition.id),
    'calendar-token': [calendarToken],
    'quality-standard': quality.standards,
    'audit-template': quality.templates,
    'quality-audit': quality.audits,
    'audit-action': quality.actions,
  };
}

type QualityIds = Record<'standards' | 'templates' | 'audits' | 'actions', string[]>;

/** Records-quality audits of the first trust's manager's department: a standard, a template, a submitted and a draft audit, an action. */
async function seedQualityAudits(trust: TestOrganisation, today: string): Promise<QualityIds> {
  const admin = await trust.signInAs('admin');
  const departmentId = trust.accountOf('manager').departmentId ?? '';
  const auditorStaffId = trust.staffRecordOf('officer').id;
  const standard = await admin.post('/api/quality-audits/standards').send({ departmentId, code: 'FZ-01', title: 'Fuzz standard', category: 'service', description: '', source: '' });
  const submitted = await aQualityAudit(admin, { departmentId, auditorStaffId, auditDate: today });
  const draft = await aQualityAudit(admin, { departmentId, auditorStaffId, auditDate: today, draft: true, templateId: submitted.templateId });
  const action = await admin.post('/api/quality-audits/actions').send({ auditId: submitted.auditId, criterionId: 'c2', description: 'Fuzz action', ownerStaffId: auditorStaffId, dueDate: addDays(today, 30) });
  if (standard.status !== 201 || action.status !== 201) throw new Error(`Seeding the fuzzer's quality audits gave ${standard.status}, ${action.status}`);
  return { standards: [(standard.body as { id: string }).id], templates: [submitted.templateId], audits: [submitted.auditId, draft.auditId], actions: [(action.body as { id: string }).id] };
}
