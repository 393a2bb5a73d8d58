import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Page, type StaffMemberDto, type StaffSummaryDto } from '@recordroom/contracts';
import { DEMO_PASSWORD } from '@recordroom/demo-department';
import { reportingLine, ROLES, type Role, type StaffMember } from '@recordroom/people';
import request, { type Response } from 'supertest';
import { apiRoutes } from './support/api-routes.js';
import { countRows } from './support/database-rows.js';
import { KPI_IMPORTS } from './support/kpi-bodies.js';
import { aNewDepartment, aNewLocation, aNewStaffMember, aNewTeam } from './support/request-bodies.js';
import { peopleRouteRows } from './support/people-access-routes.js';
import { qualityAuditRouteRows } from './support/quality-audit-access-routes.js';
import { payRouteRows } from './support/pay-access-routes.js';
import { rotaRouteRows } from './support/rota-access-routes.js';
import { pinnedRotaClock, RotaArranger } from './support/rota-arrange.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

type Caller = Role | 'signed out';

/**
 * Who may call what. `clinic` (one department) takes the writes of the role x route matrix;
 * `trust` (120 staff, three departments) is only read, apart from one officer's skills change,
 * so the scope rules can be compared exactly with the generated line management.
 */
describe('access control', () => {
  let api: TestApp;
  let clinic: TestOrganisation;
  let trust: TestOrganisation;
  const clinicAgents = new Map<Role, Agent>();
  const trustAgents = new Map<Role, Agent>();
  let rotaArranger: RotaArranger;

  beforeAll(async () => {
    api = await startTestApp({}, pinnedRotaClock());
    [clinic, trust] = await Promise.all([seedTestOrganisation(api.app, { seed: 301 }), seedTestOrganisation(api.app, { seed: 302, staffCount: 120 })]);
    for (const role of ROLES) {
      clinicAgents.set(role, await clinic.signInAs(role));
      trustAgents.set(role, await trust.signInAs(role));
    }
    rotaArranger = new RotaArranger(agentOf(clinicAgents, 'admin'), clinic, api.database, api.clock, 10);
  });

  afterAll(async () => {
    await api.close();
  });

  function agentOf(agents: Map<Role, Agent>, role: Role): Agent {
    const agent = agents.get(role);
    if (!agent) throw new Error(`No ${role} agent`);
    return agent;
  }

  /** Signed-out callers get a new cookie jar each time, so a sign-in in one row cannot leak into the next. */
  function clinicCaller(caller: Caller): Agent {
    return caller === 'signed out' ? request.agent(api.server) : agentOf(clinicAgents, caller);
  }

  function clinicDepartmentId(): string {
    const department = clinic.departments[0];
    if (!department) throw new Error('The clinic has no department');
    return department.id;
  }

  /** Arranged by the clinic's admin: a target each matrix row may change or delete on its own. */
  async function created<T>(path: string, body: object): Promise<T> {
    const response = await agentOf(clinicAgents, 'admin').post(path).send(body);
    if (response.status !== 201) throw new Error(`Arranging POST ${path} gave ${response.status}: ${response.text}`);
    return response.body as T;
  }
  type Versioned = { id: string; version: number };
  const aPersonInTheOfficersLine = (): Promise<Versioned> =>
    created('/api/staff', aNewStaffMember({ departmentId: clinicDepartmentId(), lineManagerId: clinic.staffRecordOf('officer').id }));
  const anEmptyDepartment = (): Promise<Versioned> => created('/api/departments', aNewDepartment());
  const aTeam = (): Promise<Versioned> => created('/api/teams', aNewTeam({ departmentId: clinicDepartmentId() }));
  const aLocation = (): Promise<Versioned> => created('/api/locations', aNewLocation({ departmentId: clinicDepartmentId() }));

  interface RouteAccess {
    route: string;
    /** The roles let through, or 'everyone' for a @Public route. */
    allowed: readonly Role[] | 'everyone';
    success: number;
    call(agent: Agent, caller: Caller): Promise<Response>;
  }

  const readers = ['admin', 'manager', 'officer', 'senior'] as const;
  const ROUTES: RouteAccess[] = [
    { route: 'GET /api/health', allowed: 'everyone', success: 200, call: (agent) => agent.get('/api/health') },
    {
      route: 'POST /api/auth/sign-in',
      allowed: 'everyone',
      success: 200,
      call: (agent, caller) => agent.post('/api/auth/sign-in').send({ email: clinic.accountOf(caller === 'signed out' ? 'staff' : caller).email, password: DEMO_PASSWORD }),
    },
    {
      route: 'POST /api/auth/sign-out',
      allowed: ROLES,
      success: 204,
      // A session of its own, so signing it out leaves the shared agents signed in.
      call: async (agent, caller) => (caller === 'signed out' ? agent : await clinic.signInAs(caller)).post('/api/auth/sign-out'),
    },
    { route: 'GET /api/auth/me', allowed: ROLES, success: 200, call: (agent) => agent.get('/api/auth/me') },
    { route: 'GET /api/organisation', allowed: ROLES, success: 200, call: (agent) => agent.get('/api/organisation') },
    { route: 'POST /api/departments', allowed: ['admin'], success: 201, call: (agent) => agent.post('/api/departments').send(aNewDepartment()) },
    {
      route: 'PATCH /api/departments/:id',
      allowed: ['admin'],
      success: 200,
      call: async (agent) => {
        const department = await anEmptyDepartment();
        return agent.patch(`/api/departments/${department.id}`).send({ version: department.version, costCentre: '999001' });
      },
    },
    {
      route: 'DELETE /api/departments/:id',
      allowed: ['admin'],
      success: 204,
      call: async (agent) => {
        const department = await anEmptyDepartment();
        return agent.delete(`/api/departments/${department.id}`).query({ version: department.version });
      },
    },
    { route: 'POST /api/teams', allowed: ['admin', 'manager'], success: 201, call: (agent) => agent.post('/api/teams').send(aNewTeam({ departmentId: clinicDepartmentId() })) },
    {
      route: 'PATCH /api/teams/:id',
      allowed: ['admin', 'manager'],
      success: 200,
      call: async (agent) => {
        const team = await aTeam();
        return agent.patch(`/api/teams/${team.id}`).send({ version: team.version, name: aNewTeam().name });
      },
    },
    {
      route: 'DELETE /api/teams/:id',
      allowed: ['admin', 'manager'],
      success: 204,
      call: async (agent) => {
        const team = await aTeam();
        return agent.delete(`/api/teams/${team.id}`).query({ version: team.version });
      },
    },
    {
      route: 'POST /api/locations',
      allowed: ['admin', 'manager'],
      success: 201,
      call: (agent) => agent.post('/api/locations').send(aNewLocation({ departmentId: clinicDepartmentId() })),
    },
    {
      route: 'PATCH /api/locations/:id',
      allowed: ['admin', 'manager'],
      success: 200,
      call: async (agent) => {
        const location = await aLocation();
        return agent.patch(`/api/locations/${location.id}`).send({ version: location.version, kind: 'coding-office' });
      },
    },
    {
      route: 'DELETE /api/locations/:id',
      allowed: ['admin', 'manager'],
      success: 204,
      call: async (agent) => {
        const location = await aLocation();
        return agent.delete(`/api/locations/${location.id}`).query({ version: location.version });
      },
    },
    { route: 'GET /api/staff', allowed: readers, success: 200, call: (agent) => agent.get('/api/staff') },
    { route: 'GET /api/staff/summary', allowed: readers, success: 200, call: (agent) => agent.get('/api/staff/summary') },
    { route: 'GET /api/staff/export.csv', allowed: readers, success: 200, call: (agent) => agent.get('/api/staff/export.csv') },
    {
      route: 'GET /api/staff/:id',
      allowed: ROLES,
      success: 200,
      // The staff account's own record: in the officer's line and the manager's department.
      call: (agent) => agent.get(`/api/staff/${clinic.staffRecordOf('staff').id}`),
    },
    {
      route: 'POST /api/staff',
      allowed: ['admin', 'manager'],
      success: 201,
      call: (agent) => agent.post('/api/staff').send(aNewStaffMember({ departmentId: clinicDepartmentId() })),
    },
    {
      route: 'PATCH /api/staff/:id',
      allowed: ['admin', 'manager', 'officer'],
      success: 200,
      call: async (agent) => {
        const person = await aPersonInTheOfficersLine();
        return agent.patch(`/api/staff/${person.id}`).send({ version: person.version, skills: ['scanning'] });
      },
    },
    {
      route: 'DELETE /api/staff/:id',
      allowed: ['admin', 'manager'],
      success: 204,
      call: async (agent) => {
        const person = await aPersonInTheOfficersLine();
        return agent.delete(`/api/staff/${person.id}`).query({ version: person.version });
      },
    },
    { route: 'GET /api/audit-events', allowed: ['admin', 'manager'], success: 200, call: (agent) => agent.get('/api/audit-events') },
    { route: 'GET /api/kpi/summary', allowed: readers, success: 200, call: (agent) => agent.get('/api/kpi/summary') },
    { route: 'GET /api/kpi/summary.csv', allowed: readers, success: 200, call: (agent) => agent.get('/api/kpi/summary.csv') },
    { route: 'GET /api/kpi/series/:kpiId', allowed: readers, success: 200, call: (agent) => agent.get('/api/kpi/series/not-found-percent') },
    { route: 'GET /api/kpi/series/:kpiId.csv', allowed: readers, success: 200, call: (agent) => agent.get('/api/kpi/series/not-found-percent.csv') },
    { route: 'GET /api/kpi/retrieval-distribution', allowed: readers, success: 200, call: (agent) => agent.get('/api/kpi/retrieval-distribution') },
    { route: 'GET /api/kpi/imports', allowed: ['admin', 'manager'], success: 200, call: (agent) => agent.get('/api/kpi/imports') },
    { route: 'GET /api/kpi/demand-vs-staffing', allowed: ['admin', 'manager', 'senior'], success: 200, call: (agent) => agent.get('/api/kpi/demand-vs-staffing') },
    ...KPI_IMPORTS.map(({ path, csv }) => ({
      route: `POST /api/kpi/imports/${path}`,
      allowed: ['admin', 'manager'] as const,
      success: 201,
      call: (agent: Agent) => agent.post(`/api/kpi/imports/${path}`).query({ departmentId: clinicDepartmentId() }).set('Content-Type', 'text/csv').send(csv()),
    })),
    ...KPI_IMPORTS.map(({ path, event }) => ({
      route: `POST /api/kpi/events/${path}`,
      allowed: ['admin', 'manager', 'officer'] as const,
      success: 201,
      call: (agent: Agent) => agent.post(`/api/kpi/events/${path}`).query({ departmentId: clinicDepartmentId() }).send(event()),
    })),
    ...rotaRouteRows(() => clinic, () => rotaArranger),
    ...peopleRouteRows(() => clinic, () => agentOf(clinicAgents, 'admin'), () => api.clock.today()),
    ...qualityAuditRouteRows(() => clinic, () => agentOf(clinicAgents, 'admin'), () => api.clock.today()),
    ...payRouteRows(() => clinic, () => agentOf(clinicAgents, 'admin')),
  ];

  function expectedStatus({ allowed, success }: RouteAccess, caller: Caller): number {
    if (allowed === 'everyone') return success;
    if (caller === 'signed out') return 401;
    return allowed.includes(caller) ? success : 403;
  }

  describe('the role x route matrix', () => {
    it('has a row for every route of the API, so a new route cannot go untested', () => {
      const served = apiRoutes(api.app).map((route) => route.route);

      expect(ROUTES.map((row) => row.route).sort()).toEqual(served.sort());
    });

    const CALLERS: Caller[] = [...ROLES, 'signed out'];
    const MATRIX = ROUTES.flatMap((row) => CALLERS.map((caller) => ({ route: row.route, caller, status: expectedStatus(row, caller), row })));

    it.each(MATRIX)('$route as $caller: $status', async ({ row, caller, status }) => {
      const response = await row.call(clinicCaller(caller), caller);

      const problemDetails = /^application\/problem\+json/.test(response.get('Content-Type') ?? '');
      expect({ status: response.status, problemDetails }).toEqual({ status, problemDetails: status >= 400 });
    });
  });

  async function listAll(agent: Agent, query: Record<string, string> = {}): Promise<Page<StaffMemberDto>> {
    const response = await agent.get('/api/staff').query({ pageSize: 200, ...query });
    expect(response.status).toBe(200);
    return response.body as Page<StaffMemberDto>;
  }

  function trustPerson(predicate: (person: StaffMember) => boolean, what: string): StaffMember {
    const person = trust.staff.find(predicate);
    if (!person) throw new Error(`No ${what} in the trust`);
    return person;
  }

  describe('an officer sees their line and no further', () => {
    it('lists exactly the officer and their direct and indirect reports', async () => {
      const officer = trust.staffRecordOf('officer');
      const line = reportingLine(officer.id, trust.staff);

      const listed = await listAll(agentOf(trustAgents, 'officer'));

      expect(trust.staff.some((person) => line.has(person.id) && person.lineManagerId !== officer.id)).toBe(true);
      expect(new Set(listed.items.map((person) => person.id))).toEqual(new Set([officer.id, ...line]));
      expect(listed.total).toBe(line.size + 1);
    });

    const outsiders = [
      { who: 'someone in their department outside their line', person: () => trust.staffRecordOf('manager') },
      { who: 'someone in another organisation', person: () => clinic.staffRecordOf('staff') },
    ];
    it.each(outsiders.flatMap((outsider) => ['GET', 'PATCH'].map((method) => ({ ...outsider, method }))))('gets 404 for $method of $who', async ({ person, method }) => {
      const officer = agentOf(trustAgents, 'officer');
      const path = `/api/staff/${person().id}`;

      const response = method === 'GET' ? await officer.get(path) : await officer.patch(path).send({ version: 1, skills: ['filing'] });

      expect(response.status).toBe(404);
    });

    it('may change the skills of someone in their line, but gets 403 for their band', async () => {
      const officer = agentOf(trustAgents, 'officer');
      const line = reportingLine(trust.staffRecordOf('officer').id, trust.staff);
      const report = trustPerson((person) => line.has(person.id) && person.band === '2', 'Band 2 report of the officer');
      const { version } = (await officer.get(`/api/staff/${report.id}`).expect(200)).body as StaffMemberDto;

      const skills = await officer.patch(`/api/staff/${report.id}`).send({ version, skills: ['a-and-e-desk', 'scanning'] });
      const band = await officer.patch(`/api/staff/${report.id}`).send({ version: version + 1, band: '3' });

      expect(skills.status).toBe(200);
      expect((skills.body as StaffMemberDto).skills).toEqual(['a-and-e-desk', 'scanning']);
      expect(band.status).toBe(403);
      const now = (await officer.get(`/api/staff/${report.id}`).expect(200)).body as StaffMemberDto;
      expect([now.band, now.version]).toEqual(['2', version + 1]);
    });
  });

  describe('a staff member sees only their own record', () => {
    it('reads their own record', async () => {
      const own = trust.staffRecordOf('staff');

      const response = await agentOf(trustAgents, 'staff').get(`/api/staff/${own.id}`);

      expect(response.status).toBe(200);
      expect((response.body as StaffMemberDto).employeeNumber).toBe(own.employeeNumber);
    });

    it.each([
      { who: 'their line manager', person: () => trustPerson((p) => p.id === trust.staffRecordOf('staff').lineManagerId, 'line manager of the staff account') },
      { who: 'a colleague in their team', person: () => trustPerson((p) => p.teamId === trust.staffRecordOf('staff').teamId && p.id !== trust.staffRecordOf('staff').id, 'colleague') },
      { who: 'their department manager', person: () => trust.staffRecordOf('manager') },
    ])('gets 404 for $who', async ({ person }) => {
      const response = await agentOf(trustAgents, 'staff').get(`/api/staff/${person().id}`);

      expect(response.status).toBe(404);
    });
  });

  describe('a manager sees their own department only', () => {

    it("lists everyone in the manager's department and nobody else", async () => {
      const { own } = trust.managerAndOtherDepartment();
      const expected = trust.staff.filter((person) => person.departmentId === own).map((person) => person.id);

      const listed = await listAll(agentOf(trustAgents, 'manager'));

      expect(trust.departments.length).toBeGreaterThanOrEqual(3);
      expect(new Set(listed.items.map((person) => person.id))).toEqual(new Set(expected));
    });

    it("finds nobody when filtering on another department, and gets 404 for a person in it", async () => {
      const { other } = trust.managerAndOtherDepartment();
      const stranger = trustPerson((person) => person.departmentId === other, 'person in another department');
      const manager = agentOf(trustAgents, 'manager');

      const filtered = await listAll(manager, { departmentId: other });
      const response = await manager.get(`/api/staff/${stranger.id}`);

      expect(filtered.total).toBe(0);
      expect(response.status).toBe(404);
    });
  });

  describe('a senior reads the whole organisation but changes nothing', () => {
    it('lists every member of staff in the trust', async () => {
      const listed = await listAll(agentOf(trustAgents, 'senior'));

      expect(listed.total).toBe(trust.staff.length);
      expect(new Set(listed.items.map((person) => person.departmentId)).size).toBe(trust.departments.length);
    });

    const person = (): StaffMember => trust.staffRecordOf('staff');
    const team = (): { id: string } => trust.teams[0] ?? { id: '' };
    const location = (): { id: string } => trust.locations[0] ?? { id: '' };
    const department = (): { id: string } => trust.departments[0] ?? { id: '' };
    it.each([
      { write: 'POST /api/staff', send: (agent: Agent) => agent.post('/api/staff').send(aNewStaffMember({ departmentId: department().id })) },
      { write: 'PATCH /api/staff/:id', send: (agent: Agent) => agent.patch(`/api/staff/${person().id}`).send({ version: 1, jobTitle: 'Head of service' }) },
      { write: 'DELETE /api/staff/:id', send: (agent: Agent) => agent.delete(`/api/staff/${person().id}`).query({ version: 1 }) },
      { write: 'POST /api/departments', send: (agent: Agent) => agent.post('/api/departments').send(aNewDepartment()) },
      { write: 'PATCH /api/departments/:id', send: (agent: Agent) => agent.patch(`/api/departments/${department().id}`).send({ version: 1, name: 'Renamed' }) },
      { write: 'DELETE /api/departments/:id', send: (agent: Agent) => agent.delete(`/api/departments/${department().id}`).query({ version: 1 }) },
      { write: 'POST /api/teams', send: (agent: Agent) => agent.post('/api/teams').send(aNewTeam({ departmentId: department().id })) },
      { write: 'PATCH /api/teams/:id', send: (agent: Agent) => agent.patch(`/api/teams/${team().id}`).send({ version: 1, name: 'Renamed' }) },
      { write: 'DELETE /api/teams/:id', send: (agent: Agent) => agent.delete(`/api/teams/${team().id}`).query({ version: 1 }) },
      { write: 'POST /api/locations', send: (agent: Agent) => agent.post('/api/locations').send(aNewLocation({ departmentId: department().id })) },
      { write: 'PATCH /api/locations/:id', send: (agent: Agent) => agent.patch(`/api/locations/${location().id}`).send({ version: 1, name: 'Renamed' }) },
      { write: 'DELETE /api/locations/:id', send: (agent: Agent) => agent.delete(`/api/locations/${location().id}`).query({ version: 1 }) },
    ])('gets 403 for $write, and nothing is written', async ({ send }) => {
      const auditRows = await countRows(api.database, 'audit_event', trust.organisation.id);

      const response = await send(agentOf(trustAgents, 'senior'));

      expect(response.status).toBe(403);
      expect(await countRows(api.database, 'audit_event', trust.organisation.id)).toBe(auditRows);
    });
  });

  describe('the staff summary counts the people each role can list', () => {
    it.each(readers)('for the %s, head count by band and by team equals the listed people', async (role) => {
      const agent = agentOf(trustAgents, role);

      const summary = (await agent.get('/api/staff/summary').expect(200)).body as StaffSummaryDto;
      const listed = await listAll(agent);

      const count = (keys: (string | null)[]): Map<string | null, number> => keys.reduce((counts, key) => counts.set(key, (counts.get(key) ?? 0) + 1), new Map<string | null, number>());
      expect(summary.headcount).toBe(listed.total);
      expect(listed.total).toBeGreaterThan(1);
      expect(new Map(summary.byBand.map((band) => [band.band, band.headcount]))).toEqual(count(listed.items.map((person) => person.band)));
      expect(new Map(summary.byTeam.map((team) => [team.teamId, team.headcount]))).toEqual(count(listed.items.map((person) => person.teamId)));
    });
  });
});
