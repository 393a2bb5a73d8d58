import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type AuditEventDto, type Page, type StaffMemberDto, type TeamDto } from '@recordroom/contracts';
import { randomBytes } from 'node:crypto';
import { auditRowsAbout, countRows } from './support/database-rows.js';
import { fieldsNamedBy } from './support/problem-details.js';
import { aNewLocation, aNewStaffMember, aNewTeam } from './support/request-bodies.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/** A trust of 80 staff in two departments; the manager runs the first. */
describe('the audit trail', () => {
  let api: TestApp;
  let trust: TestOrganisation;
  let admin: Agent;
  let manager: Agent;

  beforeAll(async () => {
    api = await startTestApp();
    trust = await seedTestOrganisation(api.app, { seed: 501, staffCount: 80 });
    [admin, manager] = await Promise.all([trust.signInAs('admin'), trust.signInAs('manager')]);
  });

  afterAll(async () => {
    await api.close();
  });


  async function events(agent: Agent, query: Record<string, string | number>): Promise<Page<AuditEventDto>> {
    const response = await agent.get('/api/audit-events').query(query);
    expect(response.status).toBe(200);
    return response.body as Page<AuditEventDto>;
  }

  async function createdTeam(departmentId: string): Promise<TeamDto> {
    return (await admin.post('/api/teams').send(aNewTeam({ departmentId })).expect(201)).body as TeamDto;
  }

  it("pages through the organisation's events newest first, for an admin", async () => {
    const { own } = trust.managerAndOtherDepartment();
    const team = await createdTeam(own);
    await admin.patch(`/api/teams/${team.id}`).send({ version: 1, name: aNewTeam().name }).expect(200);
    const location = (await admin.post('/api/locations').send(aNewLocation({ departmentId: own })).expect(201)).body as { id: string };
    const person = (await admin.post('/api/staff').send(aNewStaffMember({ departmentId: own })).expect(201)).body as StaffMemberDto;
    const total = await countRows(api.database, 'audit_event', trust.organisation.id);

    const pageSize = 3;
    const pages = await Promise.all(Array.from({ length: Math.ceil(total / pageSize) }, (_, index) => events(admin, { page: index + 1, pageSize })));

    expect(pages.every((page, index) => page.total === total && page.page === index + 1 && page.pageSize === pageSize)).toBe(true);
    const all = pages.flatMap((page) => page.items);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((event) => event.id)).size).toBe(total);
    const newestFirst = all.every((event, i) => {
      const previous = all[i - 1];
      return !previous || previous.occurredAt > event.occurredAt || (previous.occurredAt === event.occurredAt && BigInt(previous.id) > BigInt(event.id));
    });
    expect(newestFirst).toBe(true);
    expect(all.slice(0, 4).map((event) => [event.action, event.entityId])).toEqual([
      ['create', person.id],
      ['create', location.id],
      ['update', team.id],
      ['create', team.id],
    ]);
  });

  it("shows a manager only their department's events", async () => {
    const { own, other } = trust.managerAndOtherDepartment();
    const ours = await createdTeam(own);
    const theirs = await createdTeam(other);
    const inDepartment = await api.database.query<{ n: number }[]>('SELECT count(*)::int AS n FROM audit_event WHERE organisation_id = $1 AND department_id = $2', [
      trust.organisation.id,
      own,
    ]);

    const seen = await events(manager, { pageSize: 200 });

    const entities = seen.items.map((event) => event.entityId);
    expect(seen.total).toBe(inDepartment[0]?.n);
    expect(entities).toContain(ours.id);
    expect(entities).not.toContain(theirs.id);
    expect((await events(admin, { entityId: theirs.id })).total).toBe(1);
  });

  it('filters by entity type and entity id', async () => {
    const team = await createdTeam(trust.managerAndOtherDepartment().own);
    await admin.patch(`/api/teams/${team.id}`).send({ version: 1, name: aNewTeam().name }).expect(200);
    await admin.patch(`/api/teams/${team.id}`).send({ version: 2, name: aNewTeam().name }).expect(200);
    await admin.post('/api/staff').send(aNewStaffMember({ departmentId: trust.managerAndOtherDepartment().own })).expect(201);

    const aboutTeam = await events(admin, { entityType: 'team', entityId: team.id });
    const aboutStaff = await events(admin, { entityType: 'staff-member', pageSize: 200 });

    expect(aboutTeam.items.map((event) => [event.action, event.entityType, event.entityId])).toEqual([
      ['update', 'team', team.id],
      ['update', 'team', team.id],
      ['create', 'team', team.id],
    ]);
    expect(aboutStaff.total).toBeGreaterThan(0);
    expect(new Set(aboutStaff.items.map((event) => event.entityType))).toEqual(new Set(['staff-member']));
  });

  /**
   * A deferred constraint trigger refuses, at COMMIT, any staff record carrying a marker job title:
   * the refusal comes after the service has written the change and its audit row. If the audit
   * row were written outside the change's transaction it would survive; it must not.
   */
  describe('written in the same transaction as its change', () => {
    const guard = `audit_test_refuse_${randomBytes(4).toString('hex')}`;
    const refusedTitle = `Refused at commit ${guard}`;

    beforeAll(async () => {
      await api.database.query(
        `CREATE FUNCTION ${guard}() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN RAISE EXCEPTION 'refused at commit by the audit test' USING ERRCODE = 'check_violation', CONSTRAINT = '${guard}'; END $$`,
      );
      await api.database.query(
        `CREATE CONSTRAINT TRIGGER ${guard} AFTER INSERT OR UPDATE ON staff_member DEFERRABLE INITIALLY DEFERRED
           FOR EACH ROW WHEN (NEW.job_title = '${refusedTitle}') EXECUTE FUNCTION ${guard}()`,
      );
    });

    afterAll(async () => {
      await api.database.query(`DROP TRIGGER IF EXISTS ${guard} ON staff_member`);
      await api.database.query(`DROP FUNCTION IF EXISTS ${guard}()`);
    });

    it('leaves no audit row for an update refused at commit, while the same update with a valid title is audited', async () => {
      const person = (await admin.post('/api/staff').send(aNewStaffMember({ departmentId: trust.managerAndOtherDepartment().own })).expect(201)).body as StaffMemberDto;

      const refused = await admin.patch(`/api/staff/${person.id}`).send({ version: 1, jobTitle: refusedTitle });

      expect(refused.status).toBe(422);
      expect(fieldsNamedBy(refused)).toEqual([guard]);
      expect((await auditRowsAbout(api.database, person.id)).map((row) => row.action)).toEqual(['create']);
      const unchanged = (await admin.get(`/api/staff/${person.id}`).expect(200)).body as StaffMemberDto;
      expect([unchanged.version, unchanged.jobTitle]).toEqual([1, person.jobTitle]);

      await admin.patch(`/api/staff/${person.id}`).send({ version: 1, jobTitle: 'Records supervisor' }).expect(200);
      expect((await auditRowsAbout(api.database, person.id)).map((row) => row.action)).toEqual(['create', 'update']);
    });

    it('leaves neither the record nor an audit row for a creation refused at commit', async () => {
      const auditRows = await countRows(api.database, 'audit_event', trust.organisation.id);
      const body = aNewStaffMember({ departmentId: trust.managerAndOtherDepartment().own, jobTitle: refusedTitle });

      const refused = await admin.post('/api/staff').send(body);

      expect(refused.status).toBe(422);
      const stored = await api.database.query<unknown[]>('SELECT 1 FROM staff_member WHERE organisation_id = $1 AND employee_number = $2', [trust.organisation.id, body.employeeNumber]);
      expect(stored).toEqual([]);
      expect(await countRows(api.database, 'audit_event', trust.organisation.id)).toBe(auditRows);
    });
  });
});
