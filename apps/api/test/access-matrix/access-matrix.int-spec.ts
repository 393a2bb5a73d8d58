import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '@recordroom/demo-department';
import { reportingLine, type Role } from '@recordroom/people';
import { apiOperations, type ApiOperation } from '../support/openapi-operations.js';
import { sendRaw, sessionCookie, sessionTokenFrom, type RawResponse } from '../support/raw-request.js';
import { seedTestRota } from '../support/rota-arrange.js';
import { seedTestOrganisation, startTestApp, type TestApp, type TestOrganisation } from '../support/test-app.js';
import { LeakCheck, type Reader } from './leak-check.js';
import { MATRIX_OVERRIDES, UNPROVEN_ALLOWED } from './matrix-bodies.js';
import { matrixParameterKind, matrixRequest, referenceFields, type Reference } from './matrix-request.js';
import { ScopeFixtures, SCOPE_LEVELS, type Context } from './scope-fixtures.js';

type Caller = 'admin' | 'manager' | 'officer' | 'senior' | 'staff' | 'anonymous' | 'other-trust-admin';

/** One column of the matrix: who calls, about a target where, naming references from where. */
interface MatrixCase {
  name: string;
  caller: Caller;
  target: Context;
  references: Context;
  /** Only for these routes (a decision about one's own request); every route otherwise. */
  only?: (operation: ApiOperation) => boolean;
}

const isDecision = (operation: ApiOperation): boolean => operation.path.endsWith('/decision');

const CASES: readonly MatrixCase[] = [
  { name: 'admin', caller: 'admin', target: 'in line', references: 'in line' },
  { name: 'manager', caller: 'manager', target: 'in line', references: 'in line' },
  { name: 'officer about someone in their line', caller: 'officer', target: 'in line', references: 'in line' },
  { name: 'senior', caller: 'senior', target: 'in line', references: 'in line' },
  { name: 'staff', caller: 'staff', target: 'in line', references: 'in line' },
  { name: 'anonymous', caller: 'anonymous', target: 'in line', references: 'in line' },
  { name: "another trust's admin", caller: 'other-trust-admin', target: 'in line', references: 'in line' },
  { name: 'officer about someone outside their line', caller: 'officer', target: 'outside the line', references: 'outside the line' },
  { name: 'manager about another department', caller: 'manager', target: 'other department', references: 'other department' },
  { name: 'officer about their line, naming someone outside it', caller: 'officer', target: 'in line', references: 'outside the line' },
  { name: 'manager about their department, naming another', caller: 'manager', target: 'in line', references: 'other department' },
  { name: 'manager deciding their own request', caller: 'manager', target: "the manager's own", references: "the manager's own", only: isDecision },
  { name: 'officer deciding their own request', caller: 'officer', target: "the officer's own", references: "the officer's own", only: isDecision },
];

/** A case whose caller may succeed (and so change its targets): run after the refusals. */
const mayWrite = (kase: MatrixCase): boolean => kase.target === 'in line' && kase.references === 'in line' && kase.caller !== 'anonymous' && kase.caller !== 'other-trust-admin';

const roleOf = (caller: Caller): Role | undefined => (caller === 'anonymous' ? undefined : caller === 'other-trust-admin' ? 'admin' : caller);

/**
 * Whether a reference is beyond the caller's reach: another trust's anything; for an officer,
 * a person outside their line or anything of another department; for a manager, anything of
 * another department; for staff, anyone but themselves (the arranged people are never the staff
 * account); for anyone, another's own assignment; and nobody decides their own request.
 */
function outOfScope(kase: MatrixCase, reference: Reference, operation: ApiOperation): boolean {
  const { level, context } = reference;
  if (level === 'catalogue' || level === 'secret') return false;
  if (kase.caller === 'other-trust-admin') return true;
  if (context === "the manager's own" || context === "the officer's own") return isDecision(operation) && level === 'person';
  if (level === 'own') return !(kase.caller === 'staff' && context === 'in line');
  if (level === 'organisation') return false;
  switch (kase.caller) {
    case 'officer':
      return context === 'other department' || (context === 'outside the line' && level === 'person');
    case 'manager':
      return context === 'other department';
    case 'staff':
      return level === 'person';
    case 'admin':
    case 'senior':
    case 'anonymous':
      return false;
  }
}

const READERS: Partial<Record<Caller, Reader>> = { officer: 'officer', manager: 'manager', staff: 'staff', 'other-trust-admin': 'other-trust-admin' };

interface Row {
  route: string;
  case: string;
  status: number;
  answer: string;
  expected: 'signed-out 401' | 'role 403' | 'out of scope' | 'in scope';
}

/**
 * Every route of the router x every caller, with the expected answer derived from the route's
 * @Roles/@Public metadata and from where its targets sit: 401 signed out, 403 for a role not
 * let in, and never a success for a target or reference out of the caller's scope (a "grant").
 * Every read's answer is searched for anyone the caller must not see. A new route joins the
 * matrix by itself; a path parameter of an unknown kind fails it, asking for a registry entry.
 * The hand-written access.int-spec.ts checks the success paths with realistic bodies.
 */
describe('the generated access matrix', () => {
  let api: TestApp;
  let trust: TestOrganisation;
  let otherTrust: TestOrganisation;
  let operations: ApiOperation[];
  let undocumented: string[];
  let fixtures: ScopeFixtures;
  let leakCheck: LeakCheck;
  const tokens = new Map<Caller, string>();
  const rows: Row[] = [];
  const grants: string[] = [];
  const leaks: string[] = [];
  const wrongRefusals: string[] = [];
  const serverErrors: string[] = [];

  const accountOf = (caller: Exclude<Caller, 'anonymous'>): { email: string } => (caller === 'other-trust-admin' ? otherTrust.accountOf('admin') : trust.accountOf(caller));
  async function signIn(caller: Exclude<Caller, 'anonymous'>): Promise<void> {
    const response = await sendRaw(api.server, { method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: accountOf(caller).email, password: DEMO_PASSWORD }) });
    const token = sessionTokenFrom(response);
    if (!token) throw new Error(`Signing in as ${caller} gave ${response.status}`);
    tokens.set(caller, token);
  }

  beforeAll(async () => {
    api = await startTestApp();
    [trust, otherTrust] = await Promise.all([seedTestOrganisation(api.app, { seed: 1_101, staffCount: 80 }), seedTestOrganisation(api.app, { seed: 1_102 })]);
    await seedTestRota(api.database, trust, 1_103, api.clock.today());
    const departmentId = trust.accountOf('manager').departmentId;
    if (trust.departments[0]?.id !== departmentId || trust.accountOf('officer').departmentId !== departmentId) throw new Error("The matrix expects the manager and officer in the trust's first department");
    if (!reportingLine(trust.staffRecordOf('officer').id, trust.staff).has(trust.staffRecordOf('staff').id)) throw new Error("The matrix expects the staff account in the officer's line");
    for (const caller of ['admin', 'manager', 'officer', 'senior', 'staff', 'other-trust-admin'] as const) await signIn(caller);
    fixtures = new ScopeFixtures(await trust.signInAs('admin'), trust, api.database, api.clock);
    leakCheck = new LeakCheck(api.database, { organisationId: trust.organisation.id, officerStaffId: trust.staffRecordOf('officer').id, managerDepartmentId: departmentId, staffStaffId: trust.staffRecordOf('staff').id, accountStaffIds: trust.accounts.flatMap((account) => (account.staffMemberId ? [account.staffMemberId] : [])) });
    ({ operations, undocumented } = await apiOperations(api.app));
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('covers every route of the router and knows the kind of each path parameter, so each gets in-scope and out-of-scope targets', () => {
    const unknown = operations.flatMap((operation) => operation.parameters.filter((p) => p.in === 'path' && matrixParameterKind(operation, p.name) === undefined).map((p) => `${operation.route} :${p.name}`));
    const unscoped = operations.flatMap((operation) => operation.parameters.filter((p) => p.in === 'path').flatMap((p) => {
      const kind = matrixParameterKind(operation, p.name);
      return kind !== undefined && SCOPE_LEVELS[kind] === undefined ? [`${operation.route} :${p.name} (${kind})`] : [];
    }));

    // An override or allowance for a route that is gone (renamed) would quietly do nothing.
    const strayOverrides = [...Object.keys(MATRIX_OVERRIDES), ...Object.keys(UNPROVEN_ALLOWED)].filter((route) => !operations.some((operation) => operation.route === route));

    // Bodies and parameters come from the OpenAPI document: a route of the router missing from it would be left out.
    expect({ unknown, unscoped, undocumented, strayOverrides }).toEqual({ unknown: [], unscoped: [], undocumented: [], strayOverrides: [] });
  });

  it('grants nothing out of scope, refuses roles and signed-out callers as the routes declare, and shows nobody out of scope', async () => {
    const ordered = [...operations].sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET') || a.route.localeCompare(b.route));
    for (const operation of ordered) {
      // Refusals first: they change nothing, so the in-scope calls that may write come last.
      const cases = CASES.filter((kase) => kase.only?.(operation) ?? true);
      const sorted = [...cases].sort((a, b) => Number(mayWrite(a)) - Number(mayWrite(b)));
      for (const kase of sorted) {
        // A case naming references from elsewhere sends one request per reference field.
        const fields = kase.references === kase.target ? [undefined] : referenceFields(operation);
        for (const field of fields) await runCase(operation, kase, field);
      }
    }
    const byExpectation = rows.reduce<Record<string, number>>((counts, row) => ({ ...counts, [row.expected]: (counts[row.expected] ?? 0) + 1 }), {});
    const inScopeSucceeded = rows.filter((row) => row.expected === 'in scope' && row.status < 300).length;
    console.log(
      [
        `access matrix: ${rows.length} requests over ${operations.length} routes x ${CASES.length} callers; ${JSON.stringify(byExpectation)}; ${inScopeSucceeded} in-scope requests succeeded`,
        `grants ${grants.length}, leaks ${leaks.length}, wrong refusals ${wrongRefusals.length}, 5xx ${serverErrors.length}`,
        `routes where no in-scope caller succeeded (their out-of-scope refusals may be validation, not scope): ${unproven().join(', ') || 'none'}`,
        ...rows.filter((row) => row.case === 'admin' && unproven().includes(row.route)).map((row) => `  admin: ${row.answer}`),
      ].join('\n'),
    );

    // A route whose in-scope request fails proves nothing by its refusals: teach it (matrix-bodies.ts, test/README.md).
    const unprovenRoutes = unproven().filter((route) => UNPROVEN_ALLOWED[route] === undefined);
    const provenAfterAll = Object.keys(UNPROVEN_ALLOWED).filter((route) => !unproven().includes(route));
    expect({ grants, leaks, wrongRefusals, serverErrors, unprovenRoutes, provenAfterAll }).toEqual({ grants: [], leaks: [], wrongRefusals: [], serverErrors: [], unprovenRoutes: [], provenAfterAll: [] });
  }, 600_000);

  function unproven(): string[] {
    const proven = new Set(rows.filter((row) => row.expected === 'in scope' && row.status < 300).map((row) => row.route));
    return [...new Set(rows.filter((row) => row.expected === 'out of scope').map((row) => row.route))].filter((route) => !proven.has(route));
  }

  async function runCase(operation: ApiOperation, kase: MatrixCase, referenceField: string | undefined): Promise<void> {
    const request = await matrixRequest(operation, fixtures, kase.target, kase.references, referenceField);
    const token = kase.caller === 'anonymous' ? undefined : tokens.get(kase.caller);
    const response = await sendRaw(api.server, { ...request.raw, headers: { ...request.raw.headers, ...(token ? { cookie: sessionCookie(token) } : {}) } });
    const role = roleOf(kase.caller);
    const admitted = operation.isPublic || (role !== undefined && (operation.roles ?? []).includes(role));
    const beyond = request.references.filter((reference) => outOfScope(kase, reference, operation));
    const expected: Row['expected'] = operation.isPublic ? 'in scope' : role === undefined ? 'signed-out 401' : !admitted ? 'role 403' : beyond.length > 0 ? 'out of scope' : 'in scope';
    const describeCall = `${request.raw.method} ${request.raw.url}${request.raw.body ? ` ${request.raw.body.slice(0, 300)}` : ''} => ${response.status} ${response.text.slice(0, 300)}`;
    rows.push({ route: operation.route, case: kase.name, status: response.status, answer: describeCall, expected });
    const describe = `${operation.route} as ${kase.name}: ${request.raw.method} ${request.raw.url}${request.raw.body ? ` ${request.raw.body.slice(0, 200)}` : ''} => ${response.status} ${response.text.slice(0, 160)}`;

    if (response.status >= 500) serverErrors.push(describe);
    if (expected === 'signed-out 401' && response.status !== 401) wrongRefusals.push(`expected 401: ${describe}`);
    if (expected === 'role 403' && response.status !== 403) wrongRefusals.push(`expected 403: ${describe}`);
    if (expected === 'out of scope' && isGrant(operation, beyond, response)) grants.push(`${beyond.map((r) => `${r.field}=${r.kind} ${r.context}`).join(', ')}: ${describe}`);
    const reader = READERS[kase.caller];
    if (reader && operation.method === 'GET' && response.status < 300) {
      const found = await leakCheck.leaks(reader, operation.route, response.text);
      if (found.length > 0) leaks.push(`${found.join('; ')}: ${describe}`);
    }

    // A write that went through may have changed or removed its targets: arrange them afresh.
    if (operation.method !== 'GET' && response.status < 300) fixtures.spend(request.targets);
    if (operation.route === 'POST /api/auth/sign-out' && kase.caller !== 'anonymous' && response.status < 300) await signIn(kase.caller);
  }
});

/** A success where the caller must be refused: a write, or a read of a named record (a list's answer is the leak check's). */
function isGrant(operation: ApiOperation, beyond: Reference[], response: RawResponse): boolean {
  if (response.status >= 300) return false;
  return operation.method !== 'GET' || beyond.some((reference) => reference.field.startsWith(':'));
}
