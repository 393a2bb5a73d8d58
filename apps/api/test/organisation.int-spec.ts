import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type LocationDto, type OrganisationDto, type TeamDto } from '@recordroom/contracts';
import { randomUUID } from 'node:crypto';
import { auditRowsAbout } from './support/database-rows.js';
import { fieldsNamedBy, problemOf } from './support/problem-details.js';
import { aNewLocation, aNewTeam } from './support/request-bodies.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/** A trust of 80 staff: two health records departments, the manager running the first. */
describe('the organisation structure', () => {
  let api: TestApp;
  let trust: TestOrganisation;
  let admin: Agent;
  let manager: Agent;

  beforeAll(async () => {
    api = await startTestApp();
    trust = await seedTestOrganisation(api.app, { seed: 401, staffCount: 80 });
    [admin, manager] = await Promise.all([trust.signInAs('admin'), trust.signInAs('manager')]);
  });

  afterAll(async () => {
    await api.close();
  });


  it('lists the departments, teams and locations of the caller’s organisation', async () => {
    const response = await manager.get('/api/organisation');

    expect(response.status).toBe(200);
    const organisation = response.body as OrganisationDto;
    expect(organisation).toMatchObject({ id: trust.organisation.id, name: trust.organisation.name, odsCode: trust.organisation.odsCode });
    expect(organisation.departments.map((d) => [d.id, d.name]).sort()).toEqual(trust.departments.map((d) => [d.id, d.name]).sort());
    expect(organisation.teams.map((t) => [t.id, t.departmentId, t.leadStaffId]).sort()).toEqual(trust.teams.map((t) => [t.id, t.departmentId, t.leadStaffId]).sort());
    expect(organisation.locations.map((l) => [l.id, l.kind]).sort()).toEqual(trust.locations.map((l) => [l.id, l.kind]).sort());
  });

  describe.each([
    { unit: 'team', path: '/api/teams', body: () => aNewTeam(), rename: () => ({ name: aNewTeam().name }) },
    { unit: 'location', path: '/api/locations', body: () => aNewLocation(), rename: () => ({ name: aNewLocation().name }) },
  ])('a $unit', ({ unit, path, body, rename }) => {
    it(`is created, renamed at its version and deleted by a manager in their department, each change audited`, async () => {
      const { own } = trust.managerAndOtherDepartment();

      const created = await manager.post(path).send(body());
      expect(created.status).toBe(201);
      const { id } = created.body as TeamDto | LocationDto;
      expect(created.body).toMatchObject({ departmentId: own, version: 1 });

      const newName = rename();
      const renamed = await manager.patch(`${path}/${id}`).send({ version: 1, ...newName });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ ...newName, version: 2 });

      await manager.delete(`${path}/${id}`).query({ version: 2 }).expect(204);

      const audit = await auditRowsAbout(api.database, id);
      expect(audit.map((row) => [row.action, row.entity_type, row.department_id, row.actor_account_id])).toEqual(
        ['create', 'update', 'delete'].map((action) => [action, unit, own, trust.accountOf('manager').id]),
      );
      expect([audit[1]?.before?.version, audit[1]?.after?.name]).toEqual([1, newName.name]);
      expect(audit[2]?.after).toBeNull();
    });

    it("is out of a manager's reach in another department: 404 to rename or delete, and it is unchanged", async () => {
      const { other } = trust.managerAndOtherDepartment();
      const created = await admin.post(path).send({ ...body(), departmentId: other });
      expect(created.status).toBe(201);
      const { id } = created.body as TeamDto | LocationDto;

      const renamed = await manager.patch(`${path}/${id}`).send({ version: 1, ...rename() });
      const deleted = await manager.delete(`${path}/${id}`).query({ version: 1 });

      expect([renamed.status, deleted.status]).toEqual([404, 404]);
      expect((await auditRowsAbout(api.database, id)).map((row) => row.action)).toEqual(['create']);
    });

    it('cannot be created by a manager in another department: 403', async () => {
      const response = await manager.post(path).send({ ...body(), departmentId: trust.managerAndOtherDepartment().other });

      expect(response.status).toBe(403);
      expect(problemOf(response).detail).toMatch(/own department/);
    });

    it('refuses a change or a deletion based on a stale version: 409 with the current version', async () => {
      const created = await manager.post(path).send(body());
      const { id } = created.body as TeamDto | LocationDto;
      await manager.patch(`${path}/${id}`).send({ version: 1, ...rename() }).expect(200);

      const renamed = await manager.patch(`${path}/${id}`).send({ version: 1, ...rename() });
      const deleted = await manager.delete(`${path}/${id}`).query({ version: 1 });

      expect([renamed.status, deleted.status]).toEqual([409, 409]);
      expect([problemOf(renamed).currentVersion, problemOf(deleted).currentVersion]).toEqual([2, 2]);
      expect((await auditRowsAbout(api.database, id)).map((row) => row.action)).toEqual(['create', 'update']);
    });
  });

  it('refuses to delete a department that still holds staff: 422, and it stays', async () => {
    const { other } = trust.managerAndOtherDepartment();

    const response = await admin.delete(`/api/departments/${other}`).query({ version: 1 });

    expect(response.status).toBe(422);
    expect(fieldsNamedBy(response)).toEqual(['id']);
    const organisation = (await admin.get('/api/organisation').expect(200)).body as OrganisationDto;
    expect(organisation.departments.map((department) => department.id)).toContain(other);
  });

  it('refuses a location whose kind is unknown: 400 naming kind', async () => {
    const response = await manager.post('/api/locations').send(aNewLocation({ kind: 'broom-cupboard' as never }));

    expect(response.status).toBe(400);
    expect(fieldsNamedBy(response)).toEqual(['kind']);
  });

  it('refuses a second team of the same name in a department: 409 naming name', async () => {
    const team = aNewTeam();
    await manager.post('/api/teams').send(team).expect(201);

    const response = await manager.post('/api/teams').send(team);

    expect(response.status).toBe(409);
    expect(fieldsNamedBy(response)).toEqual(['name']);
  });

  it.each([
    { action: 'creates', send: (leadStaffId: string) => manager.post('/api/teams').send(aNewTeam({ leadStaffId })) },
    {
      action: 'changes',
      send: async (leadStaffId: string) => {
        const team = (await manager.post('/api/teams').send(aNewTeam()).expect(201)).body as TeamDto;
        return manager.patch(`/api/teams/${team.id}`).send({ version: team.version, leadStaffId });
      },
    },
  ])('refuses a team lead of another department when a manager $action a team: 422 naming leadStaffId as for an unknown id, telling nothing about them', async ({ send }) => {
    const stranger = trust.staff.find((s) => s.departmentId === trust.managerAndOtherDepartment().other);
    if (!stranger) throw new Error('No one in the other department');

    const outside = await send(stranger.id);
    const unknown = await send(randomUUID());

    expect([outside.status, unknown.status]).toEqual([422, 422]);
    expect(problemOf(outside).errors).toEqual([{ field: 'leadStaffId', message: 'must be a staff member of your department' }]);
    expect(problemOf(outside).errors).toEqual(problemOf(unknown).errors);
    expect(outside.text).not.toContain(stranger.lastName);
  });

  it('lets a manager make someone of their own department a team lead', async () => {
    const lead = trust.staff.find((s) => s.departmentId === trust.managerAndOtherDepartment().own);

    const response = await manager.post('/api/teams').send(aNewTeam({ leadStaffId: lead?.id }));

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ leadStaffId: lead?.id });
  });
});
