import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Page, type StaffMemberDto } from '@recordroom/contracts';
import { bandRank, reportingLine, wholeTimeEquivalent, type StaffMember } from '@recordroom/people';
import { randomUUID } from 'node:crypto';
import { type Response } from 'supertest';
import { FixedClock } from '../src/time/clock.js';
import { auditRowsAbout, countRows, staffVersionTotal } from './support/database-rows.js';
import { fieldsNamedBy, problemOf } from './support/problem-details.js';
import { aNewStaffMember, type NewStaffMemberBody } from './support/request-bodies.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/** Today, for the rules that depend on it (an NHS service start at most a year ahead, a DBS check not after today). */
const TODAY = '2026-11-02';

/**
 * Two organisations: `directory` is only ever read, so its listings can be compared exactly with
 * what the generator made; `office` takes every write.
 */
describe('staff records', () => {
  let api: TestApp;
  let directory: TestOrganisation;
  let office: TestOrganisation;
  let directoryAdmin: Agent;
  let officeAdmin: Agent;

  beforeAll(async () => {
    api = await startTestApp({}, new FixedClock(new Date(`${TODAY}T12:00:00Z`)));
    [directory, office] = await Promise.all([seedTestOrganisation(api.app, { seed: 201 }), seedTestOrganisation(api.app, { seed: 202 })]);
    [directoryAdmin, officeAdmin] = await Promise.all([directory.signInAs('admin'), office.signInAs('admin')]);
  });

  afterAll(async () => {
    await api.close();
  });

  async function listStaff(agent: Agent, query: Record<string, string | number> = {}): Promise<Page<StaffMemberDto>> {
    const response = await agent.get('/api/staff').query({ pageSize: 200, ...query });
    expect(response.status).toBe(200);
    return response.body as Page<StaffMemberDto>;
  }

  /** Names in the order PostgreSQL's collation puts them, the order the API promises to sort in. */
  async function inDatabaseOrder(names: string[]): Promise<string[]> {
    const rows = await api.database.query<{ name: string }[]>('SELECT name FROM unnest($1::text[]) AS name ORDER BY name', [names]);
    return rows.map((row) => row.name);
  }

  async function createInOffice(overrides: Partial<NewStaffMemberBody> = {}): Promise<StaffMemberDto> {
    const response = await officeAdmin.post('/api/staff').send(aNewStaffMember({ departmentId: officeDepartmentId(), ...overrides }));
    expect(response.status).toBe(201);
    return response.body as StaffMemberDto;
  }

  function officeDepartmentId(): string {
    const department = office.departments[0];
    if (!department) throw new Error('The office organisation has no department');
    return department.id;
  }

  function personWhere(organisation: TestOrganisation, predicate: (person: StaffMember) => boolean, what: string): StaffMember {
    const person = organisation.staff.find(predicate);
    if (!person) throw new Error(`No ${what} in the generated organisation`);
    return person;
  }

  describe('the directory', () => {
    it('pages through everyone in the organisation, reporting page, pageSize and the total on each page', async () => {
      const pages = await Promise.all([1, 2, 3, 4].map((page) => listStaff(directoryAdmin, { page, pageSize: 15 })));

      expect(pages.map(({ items, page, pageSize, total }) => [items.length, page, pageSize, total])).toEqual([
        [15, 1, 15, 40],
        [15, 2, 15, 40],
        [10, 3, 15, 40],
        [0, 4, 15, 40],
      ]);
      const listed = pages.flatMap((page) => page.items.map((person) => person.id));
      expect(new Set(listed).size).toBe(listed.length);
      expect(new Set(listed)).toEqual(new Set(directory.staff.map((person) => person.id)));
    });

    it('sorts by band in pay order, both ways', async () => {
      const inPayOrder = directory.staff.map((person) => person.band).sort((a, b) => bandRank(a) - bandRank(b));

      const ascending = await listStaff(directoryAdmin, { sort: 'band', order: 'asc' });
      const descending = await listStaff(directoryAdmin, { sort: 'band', order: 'desc' });

      expect(new Set(inPayOrder).size).toBeGreaterThan(3);
      expect(ascending.items.map((person) => person.band)).toEqual(inPayOrder);
      expect(descending.items.map((person) => person.band)).toEqual([...inPayOrder].reverse());
    });

    it('sorts by last name, ascending and descending', async () => {
      const expected = await inDatabaseOrder(directory.staff.map((person) => person.lastName));

      const ascending = await listStaff(directoryAdmin, { sort: 'lastName', order: 'asc' });
      const descending = await listStaff(directoryAdmin, { sort: 'lastName', order: 'desc' });

      expect(ascending.items.map((person) => person.lastName)).toEqual(expected);
      expect(descending.items.map((person) => person.lastName)).toEqual([...expected].reverse());
    });

    const asciiNamed = (person: StaffMember): boolean => /^[A-Za-z]{4,}$/.test(person.lastName);
    const searchTerm = (organisation: TestOrganisation): string => personWhere(organisation, asciiNamed, 'ASCII surname').lastName.slice(1).toUpperCase();
    const containsIgnoringCase = (text: string, term: string): boolean => text.toLowerCase().includes(term.toLowerCase());

    it.each([
      { filter: 'band', query: () => ({ band: '2' }), matches: (person: StaffMember) => person.band === '2' },
      { filter: 'contractType', query: () => ({ contractType: 'bank' }), matches: (person: StaffMember) => person.contractType === 'bank' },
      { filter: 'skill', query: () => ({ skill: 'coding' }), matches: (person: StaffMember) => person.skills.includes('coding') },
      {
        filter: 'teamId',
        query: (organisation: TestOrganisation) => ({ teamId: organisation.teams[1]?.id ?? '' }),
        matches: (person: StaffMember, organisation: TestOrganisation) => person.teamId === organisation.teams[1]?.id,
      },
      {
        filter: 'search (an employee number)',
        query: (organisation: TestOrganisation) => ({ search: organisation.staff[7]?.employeeNumber ?? '' }),
        matches: (person: StaffMember, organisation: TestOrganisation) => person.id === organisation.staff[7]?.id,
      },
      {
        filter: 'search (part of a name, in capitals)',
        query: (organisation: TestOrganisation) => ({ search: searchTerm(organisation) }),
        matches: (person: StaffMember, organisation: TestOrganisation) =>
          [`${person.firstName} ${person.lastName}`, person.employeeNumber, person.jobTitle].some((text) => containsIgnoringCase(text, searchTerm(organisation))),
      },
    ])('filters by $filter: exactly the people who match', async ({ query, matches }) => {
      const expected = directory.staff.filter((person) => matches(person, directory)).map((person) => person.id);

      const page = await listStaff(directoryAdmin, query(directory));

      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(directory.staff.length);
      expect(page.total).toBe(expected.length);
      expect(new Set(page.items.map((person) => person.id))).toEqual(new Set(expected));
    });

    it.each(['%', '_'])('treats %s in a search as a plain character, not a wildcard', async (wildcard) => {
      const page = await listStaff(directoryAdmin, { search: wildcard });

      expect(page.total).toBe(0);
    });

    it('gets one person by id, with the names of their team, department and line manager', async () => {
      const person = personWhere(directory, (p) => p.teamId !== null && p.lineManagerId !== null && p.dbsCheckDate !== null, 'person with a team and a line manager');
      const lineManager = personWhere(directory, (p) => p.id === person.lineManagerId, 'line manager');

      const response = await directoryAdmin.get(`/api/staff/${person.id}`);

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        id: person.id,
        employeeNumber: person.employeeNumber,
        firstName: person.firstName,
        lastName: person.lastName,
        displayName: `${person.firstName} ${person.lastName}`,
        jobTitle: person.jobTitle,
        band: person.band,
        payPoint: person.payPoint,
        contractType: person.contractType,
        contractedHoursPerWeek: person.contractedHoursPerWeek,
        wholeTimeEquivalent: wholeTimeEquivalent(person.contractedHoursPerWeek),
        skills: [...person.skills],
        teamId: person.teamId,
        teamName: directory.teams.find((team) => team.id === person.teamId)?.name,
        departmentId: person.departmentId,
        departmentName: directory.departments.find((department) => department.id === person.departmentId)?.name,
        lineManagerId: lineManager.id,
        lineManagerName: `${lineManager.firstName} ${lineManager.lastName}`,
        nhsServiceStartDate: person.nhsServiceStartDate,
        workingTimeOptOut: person.workingTimeOptOut,
        dbsCheckDate: person.dbsCheckDate,
        version: 1,
        updatedAt: expect.any(String),
      });
    });
  });

  describe('adding a person', () => {
    it('creates a valid record: 201 at version 1, with a create row in the audit trail holding the after snapshot', async () => {
      const officer = office.staffRecordOf('officer');
      const body = aNewStaffMember({ departmentId: officeDepartmentId(), teamId: officer.teamId, lineManagerId: officer.id, skills: ['filing', 'tracking'] });

      const response = await officeAdmin.post('/api/staff').send(body);

      expect(response.status).toBe(201);
      const created = response.body as StaffMemberDto;
      expect(created).toMatchObject({ ...body, version: 1, lineManagerName: `${officer.firstName} ${officer.lastName}`, dbsCheckDate: null });
      const audit = await auditRowsAbout(api.database, created.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        action: 'create',
        entity_type: 'staff-member',
        department_id: officeDepartmentId(),
        actor_account_id: office.accountOf('admin').id,
        before: null,
        after: { employeeNumber: body.employeeNumber, lastName: body.lastName, band: '3', lineManagerId: officer.id, skills: ['filing', 'tracking'], version: 1 },
      });
    });
  });

  describe('dates that depend on today', () => {
    it('takes a new starter whose NHS service starts a year from today, with a DBS check done today', async () => {
      const created = await createInOffice({ nhsServiceStartDate: '2027-11-02', dbsCheckDate: TODAY });

      expect(created).toMatchObject({ nhsServiceStartDate: '2027-11-02', dbsCheckDate: TODAY });
    });

    it('says how far ahead an NHS service start may be, and that a DBS check cannot be in the future', async () => {
      const response = await officeAdmin.post('/api/staff').send(aNewStaffMember({ departmentId: officeDepartmentId(), nhsServiceStartDate: '2030-01-06', dbsCheckDate: '2026-11-03' }));

      expect(response.status).toBe(422);
      expect(problemOf(response).errors).toEqual([
        { field: 'nhsServiceStartDate', message: "must be on or before 2027-11-02, a year from today: a new starter's record is made at most a year ahead" },
        { field: 'dbsCheckDate', message: 'must be on or before today, 2026-11-02: a DBS check is dated when it was done' },
      ]);
    });
  });

  describe('adding people at the same moment', () => {
    it('lets one of three concurrent creations with the same employee number through; the others are 409 naming employeeNumber', async () => {
      const body = aNewStaffMember({ departmentId: officeDepartmentId() });

      const responses = await Promise.all([1, 2, 3].map(() => officeAdmin.post('/api/staff').send(body)));

      expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409]);
      for (const refused of responses.filter((response) => response.status === 409)) expect(fieldsNamedBy(refused)).toEqual(['employeeNumber']);
      const stored = await api.database.query<unknown[]>('SELECT 1 FROM staff_member WHERE organisation_id = $1 AND employee_number = $2', [office.organisation.id, body.employeeNumber]);
      expect(stored).toHaveLength(1);
    });
  });

  describe('a refused change writes nothing', () => {
    /** A line-management loop: the officer would report to someone who already reports to them indirectly. */
    function loopFor(organisation: TestOrganisation): { officer: StaffMember; chain: StaffMember[] } {
      const officer = organisation.staffRecordOf('officer');
      const line = reportingLine(officer.id, organisation.staff);
      const indirect = personWhere(organisation, (p) => line.has(p.id) && p.lineManagerId !== officer.id, "indirect report of the officer");
      const chain = [officer, indirect];
      for (let current = indirect; current.lineManagerId !== null && current.id !== officer.id; ) {
        const managerId = current.lineManagerId;
        current = personWhere(organisation, (p) => p.id === managerId, 'line manager');
        chain.push(current);
      }
      return { officer, chain };
    }

    it.each([
      {
        problem: 'an unknown field',
        send: () => officeAdmin.post('/api/staff').send({ ...aNewStaffMember({ departmentId: officeDepartmentId() }), nickname: 'Bobby' }),
        status: 400,
        field: 'nickname',
      },
      {
        problem: 'contracted hours sent as text',
        send: () => officeAdmin.post('/api/staff').send({ ...aNewStaffMember({ departmentId: officeDepartmentId() }), contractedHoursPerWeek: '37.5' }),
        status: 400,
        field: 'contractedHoursPerWeek',
      },
      {
        problem: 'no last name',
        send: () => {
          const { lastName: _missing, ...body } = aNewStaffMember({ departmentId: officeDepartmentId() });
          return officeAdmin.post('/api/staff').send(body);
        },
        status: 400,
        field: 'lastName',
      },
      {
        problem: '49 contracted hours a week',
        send: () => officeAdmin.post('/api/staff').send(aNewStaffMember({ departmentId: officeDepartmentId(), contractedHoursPerWeek: 49 })),
        status: 400,
        field: 'contractedHoursPerWeek',
      },
      {
        problem: '-1 contracted hours a week',
        send: () => officeAdmin.post('/api/staff').send(aNewStaffMember({ departmentId: officeDepartmentId(), contractedHoursPerWeek: -1 })),
        status: 400,
        field: 'contractedHoursPerWeek',
      },
      {
        problem: 'an NHS service start before 5 July 1948, when the NHS began',
        send: () => officeAdmin.post('/api/staff').send(aNewStaffMember({ departmentId: officeDepartmentId(), nhsServiceStartDate: '1948-07-04' })),
        status: 400,
        field: 'nhsServiceStartDate',
      },
      {
        problem: 'a DBS check dated 9999-12-31',
        send: () => officeAdmin.post('/api/staff').send(aNewStaffMember({ departmentId: officeDepartmentId(), dbsCheckDate: '9999-12-31' })),
        status: 400,
        field: 'dbsCheckDate',
      },
      {
        problem: 'an NHS service start more than a year from today',
        send: () => officeAdmin.post('/api/staff').send(aNewStaffMember({ departmentId: officeDepartmentId(), nhsServiceStartDate: '2027-11-03' })),
        status: 422,
        field: 'nhsServiceStartDate',
      },
      {
        problem: 'a DBS check dated tomorrow',
        send: () => officeAdmin.patch(`/api/staff/${office.staffRecordOf('officer').id}`).send({ version: 1, dbsCheckDate: '2026-11-03' }),
        status: 422,
        field: 'dbsCheckDate',
      },
      {
        problem: 'pay point 3 on Band 3, which has two',
        send: () => officeAdmin.post('/api/staff').send(aNewStaffMember({ departmentId: officeDepartmentId(), band: '3', payPoint: 3 })),
        status: 422,
        field: 'payPoint',
      },
      {
        problem: 'a line manager in another organisation',
        send: () => officeAdmin.post('/api/staff').send(aNewStaffMember({ departmentId: officeDepartmentId(), lineManagerId: directory.staffRecordOf('manager').id })),
        status: 422,
        field: 'lineManagerId',
      },
      {
        problem: 'an employee number already in use',
        send: () => officeAdmin.post('/api/staff').send(aNewStaffMember({ departmentId: officeDepartmentId(), employeeNumber: office.staffRecordOf('staff').employeeNumber })),
        status: 409,
        field: 'employeeNumber',
      },
      {
        problem: 'a line-management loop',
        send: () => {
          const { officer, chain } = loopFor(office);
          return officeAdmin.patch(`/api/staff/${officer.id}`).send({ version: 1, lineManagerId: chain[1]?.id });
        },
        status: 422,
        field: 'lineManagerId',
      },
      {
        problem: 'a path id that is not a UUID',
        send: () => officeAdmin.patch('/api/staff/12345').send({ version: 1, jobTitle: 'Clerk' }),
        status: 400,
        field: 'id',
      },
    ])('refuses $problem: $status naming $field, and no record or audit row changes', async ({ send, status, field }) => {
      const organisationId = office.organisation.id;
      const before = await Promise.all([countRows(api.database, 'staff_member', organisationId), countRows(api.database, 'audit_event', organisationId), staffVersionTotal(api.database, organisationId)]);

      const response: Response = await send();

      expect(response.status).toBe(status);
      expect(fieldsNamedBy(response)).toContain(field);
      const after = await Promise.all([countRows(api.database, 'staff_member', organisationId), countRows(api.database, 'audit_event', organisationId), staffVersionTotal(api.database, organisationId)]);
      expect(after).toEqual(before);
    });

    it('names the people in a line-management loop, round to where it started', async () => {
      const { officer, chain } = loopFor(office);

      const response = await officeAdmin.patch(`/api/staff/${officer.id}`).send({ version: 1, lineManagerId: chain[1]?.id });

      expect(response.status).toBe(422);
      const names = chain.map((person) => `${person.firstName} ${person.lastName}`);
      expect(chain.length).toBeGreaterThanOrEqual(4);
      expect(problemOf(response).errors).toEqual([{ field: 'lineManagerId', message: `would make a loop in the line-management chain: ${names.join(' → ')}` }]);
    });

    it('refuses a path id that is not a UUID on reads too: 400 naming id', async () => {
      const response = await officeAdmin.get('/api/staff/not-a-uuid');

      expect(response.status).toBe(400);
      expect(fieldsNamedBy(response)).toEqual(['id']);
    });
  });

  describe('changing a person', () => {
    it('applies a change at the current version: 200 at version + 1, with before and after in the audit trail', async () => {
      const person = await createInOffice({ jobTitle: 'Health records clerk', contractedHoursPerWeek: 37.5 });

      const response = await officeAdmin.patch(`/api/staff/${person.id}`).send({ version: 1, jobTitle: 'Senior health records clerk', contractedHoursPerWeek: 30 });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: person.id, version: 2, jobTitle: 'Senior health records clerk', contractedHoursPerWeek: 30, wholeTimeEquivalent: 0.8 });
      const update = (await auditRowsAbout(api.database, person.id)).filter((row) => row.action === 'update');
      expect(update).toHaveLength(1);
      expect(update[0]?.before).toMatchObject({ jobTitle: 'Health records clerk', contractedHoursPerWeek: 37.5, version: 1 });
      expect(update[0]?.after).toMatchObject({ jobTitle: 'Senior health records clerk', contractedHoursPerWeek: 30, version: 2 });
    });

    it('refuses a change based on a stale version: 409 with the current version, and changes nothing', async () => {
      const person = await createInOffice();
      await officeAdmin.patch(`/api/staff/${person.id}`).send({ version: 1, jobTitle: 'Records supervisor' }).expect(200);
      const auditBefore = await auditRowsAbout(api.database, person.id);

      const response = await officeAdmin.patch(`/api/staff/${person.id}`).send({ version: 1, jobTitle: 'Filing clerk' });

      expect(response.status).toBe(409);
      expect(problemOf(response)).toMatchObject({ currentVersion: 2, errors: [{ field: 'version', message: expect.any(String) }] });
      const now = (await officeAdmin.get(`/api/staff/${person.id}`).expect(200)).body as StaffMemberDto;
      expect([now.version, now.jobTitle]).toEqual([2, 'Records supervisor']);
      expect(await auditRowsAbout(api.database, person.id)).toEqual(auditBefore);
    });

    it('lets exactly one of two concurrent changes at the same version through; the other is 409', async () => {
      const person = await createInOffice();

      const responses = await Promise.all(
        ['Coding clerk', 'Scanning clerk'].map((jobTitle) => officeAdmin.patch(`/api/staff/${person.id}`).send({ version: 1, jobTitle })),
      );

      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = responses.find((r) => r.status === 200)?.body as StaffMemberDto;
      const now = (await officeAdmin.get(`/api/staff/${person.id}`).expect(200)).body as StaffMemberDto;
      expect([now.version, now.jobTitle]).toEqual([2, winner.jobTitle]);
      expect((await auditRowsAbout(api.database, person.id)).map((row) => row.action)).toEqual(['create', 'update']);
    });
  });

  describe('removing a person', () => {
    it('deletes at the current version: 204, gone from the directory, with the before snapshot in the audit trail', async () => {
      const person = await createInOffice();

      await officeAdmin.delete(`/api/staff/${person.id}`).query({ version: 1 }).expect(204);

      await officeAdmin.get(`/api/staff/${person.id}`).expect(404);
      const audit = await auditRowsAbout(api.database, person.id);
      expect(audit.map((row) => row.action)).toEqual(['create', 'delete']);
      expect(audit[1]).toMatchObject({ before: { employeeNumber: person.employeeNumber, version: 1 }, after: null });
    });

    it('refuses to delete at a stale version: 409, and the person stays', async () => {
      const person = await createInOffice();
      await officeAdmin.patch(`/api/staff/${person.id}`).send({ version: 1, skills: ['sar'] }).expect(200);

      const response = await officeAdmin.delete(`/api/staff/${person.id}`).query({ version: 1 });

      expect(response.status).toBe(409);
      expect(problemOf(response).currentVersion).toBe(2);
      await officeAdmin.get(`/api/staff/${person.id}`).expect(200);
    });

    it('refuses to delete someone who line-manages others: 422, and they stay', async () => {
      const lineManager = await createInOffice();
      await createInOffice({ lineManagerId: lineManager.id });

      const response = await officeAdmin.delete(`/api/staff/${lineManager.id}`).query({ version: 1 });

      expect(response.status).toBe(422);
      expect(problemOf(response).errors).toEqual([{ field: 'id', message: expect.stringMatching(/line-manages 1 person/) }]);
      await officeAdmin.get(`/api/staff/${lineManager.id}`).expect(200);
    });
  });

  describe('the CSV export', () => {
    function csvLines(response: Response): string[] {
      expect(response.text.endsWith('\r\n')).toBe(true);
      return response.text.slice(0, -2).split('\r\n');
    }

    it('is a text/csv attachment with a header and one line per person in the organisation, for an admin', async () => {
      const response = await directoryAdmin.get('/api/staff/export.csv');

      expect(response.status).toBe(200);
      expect(response.get('Content-Type')).toBe('text/csv; charset=utf-8');
      expect(response.get('Content-Disposition')).toBe('attachment; filename="staff.csv"');
      const [header, ...rows] = csvLines(response);
      expect(header).toMatch(/^Employee number,First name,Last name,Job title,Department,Team,Band,/);
      expect(rows.map((row) => row.split(',')[0]).sort()).toEqual(directory.staff.map((person) => person.employeeNumber).sort());
    });

    it("holds one line per person in the officer's line, and the officer, for an officer", async () => {
      const officer = directory.staffRecordOf('officer');
      const inScope = new Set([officer.id, ...reportingLine(officer.id, directory.staff)]);
      const agent = await directory.signInAs('officer');

      const response = await agent.get('/api/staff/export.csv');

      expect(response.status).toBe(200);
      const [, ...rows] = csvLines(response);
      expect(rows.map((row) => row.split(',')[0]).sort()).toEqual(directory.staff.filter((p) => inScope.has(p.id)).map((p) => p.employeeNumber).sort());
    });

    it('streams an export of more people than one database page, chunked, with each person once', async () => {
      const trust = await seedTestOrganisation(api.app, { seed: 203, staffCount: 1_200 });
      const admin = await trust.signInAs('admin');

      const response = await admin.get('/api/staff/export.csv');

      expect(response.status).toBe(200);
      expect(response.get('Transfer-Encoding')).toBe('chunked');
      expect(response.get('Content-Length')).toBeUndefined();
      const [, ...rows] = csvLines(response);
      expect(rows.map((row) => row.split(',')[0]).sort()).toEqual(trust.staff.map((person) => person.employeeNumber).sort());
    });

    it('defuses a name a spreadsheet would run as a formula', async () => {
      const person = await createInOffice({ firstName: '=cmd' });

      const response = await officeAdmin.get('/api/staff/export.csv').query({ search: person.employeeNumber });

      expect(response.status).toBe(200);
      const [, ...rows] = csvLines(response);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.split(',').slice(0, 3)).toEqual([person.employeeNumber, "'=cmd", person.lastName]);
    });
  });

  /** A trust of two departments, the manager running the first: whom the manager may name as a line manager. */
  describe('a manager naming a line manager', () => {
    let trust: TestOrganisation;
    let manager: Agent;

    beforeAll(async () => {
      trust = await seedTestOrganisation(api.app, { seed: 203, staffCount: 80 });
      manager = await trust.signInAs('manager');
    });

    const own = (): string => trust.managerAndOtherDepartment().own;
    const stranger = (): StaffMember => personWhere(trust, (p) => p.departmentId === trust.managerAndOtherDepartment().other, 'person of the other department');
    const colleague = (index: number): StaffMember => {
      const person = trust.staff.filter((p) => p.departmentId === own() && p.id !== trust.staffRecordOf('manager').id)[index];
      if (!person) throw new Error('Too few people in the manager’s department');
      return person;
    };

    it.each([
      { action: 'adds', send: (lineManagerId: string) => manager.post('/api/staff').send(aNewStaffMember({ departmentId: own(), lineManagerId })) },
      { action: 'changes', send: (lineManagerId: string) => manager.patch(`/api/staff/${colleague(0).id}`).send({ version: 1, lineManagerId }) },
    ])('refuses someone of another department when a manager $action a record: 422 naming lineManagerId as for an unknown id, telling nothing about them', async ({ send }) => {
      const organisationId = trust.organisation.id;
      const before = await Promise.all([countRows(api.database, 'staff_member', organisationId), countRows(api.database, 'audit_event', organisationId), staffVersionTotal(api.database, organisationId)]);

      const outside = await send(stranger().id);
      const unknown = await send(randomUUID());

      expect([outside.status, unknown.status]).toEqual([422, 422]);
      expect(problemOf(outside).errors).toEqual([{ field: 'lineManagerId', message: 'must be a staff member of your department' }]);
      expect(problemOf(outside).errors).toEqual(problemOf(unknown).errors);
      expect(outside.text).not.toContain(stranger().lastName);
      const after = await Promise.all([countRows(api.database, 'staff_member', organisationId), countRows(api.database, 'audit_event', organisationId), staffVersionTotal(api.database, organisationId)]);
      expect(after).toEqual(before);
    });

    it('lets a manager name someone of their own department', async () => {
      const lineManager = colleague(1);

      const response = await manager.post('/api/staff').send(aNewStaffMember({ departmentId: own(), lineManagerId: lineManager.id }));

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ lineManagerId: lineManager.id, lineManagerName: `${lineManager.firstName} ${lineManager.lastName}` });
    });
  });
});
