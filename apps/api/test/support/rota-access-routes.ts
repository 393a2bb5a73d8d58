import { type Role } from '@recordroom/people';
import { type Response } from 'supertest';
import { type RotaArranger } from './rota-arrange.js';
import { type Agent, type TestOrganisation } from './test-app.js';

type Caller = Role | 'signed out';

export interface RotaRouteAccess {
  route: string;
  allowed: readonly Role[] | 'everyone';
  success: number;
  call(agent: Agent, caller: Caller): Promise<Response>;
}

const readers = ['admin', 'manager', 'officer', 'senior'] as const;
const planners = ['admin', 'manager', 'officer'] as const;
const managers = ['admin', 'manager'] as const;
/** Accounts with a staff record in a demo organisation: the /me routes answer them. */
const withStaffRecord = ['manager', 'officer', 'staff'] as const;

/**
 * The rota's rows of the role x route matrix (access.int-spec.ts). Targets are arranged by the
 * organisation's admin; the person rota writes are about is the staff account's own record, who
 * is in the officer's line and the manager's department.
 */
export function rotaRouteRows(organisation: () => TestOrganisation, arranger: () => RotaArranger): RotaRouteAccess[] {
  const departmentId = (): string => arranger().departmentId;
  const person = (): string => organisation().staffRecordOf('staff').id;
  const colleague = (): string => organisation().staffRecordOf('officer').id;
  /** Someone else in the officer's line: a swap between two of their reports is one the officer may decide. */
  const lineColleague = (): string => {
    const officer = organisation().staffRecordOf('officer');
    const other = organisation().staff.find((s) => s.lineManagerId === officer.id && s.id !== person() && s.departmentId === officer.departmentId);
    if (!other) throw new Error("The officer's line has no second report");
    return other.id;
  };
  /** The caller's own staff record, for the routes about "my" shifts and swaps. */
  const ownRecord = (caller: Caller): string | null => (caller === 'manager' || caller === 'officer' || caller === 'staff' ? organisation().staffRecordOf(caller).id : null);
  const arrange = {
    location: (kind: string) => arranger().location(kind),
    officeDay: () => arranger().officeDay(),
    draftPeriod: () => arranger().draftPeriod(),
    planner: (id: string) => arranger().planner(id),
    deletePeriod: (id: string) => arranger().deletePeriod(id),
    periodWithAssignment: (staffId: string) => arranger().periodWithAssignment(staffId),
    publishedAssignment: (staffId: string) => arranger().publishedAssignment(staffId),
    pastPublishedPeriod: () => arranger().pastPublishedPeriod(),
    requestedAbsence: (staffId: string, by?: Agent) => arranger().requestedAbsence(staffId, by),
    cancelAbsence: (absence: Parameters<RotaArranger['cancelAbsence']>[0]) => arranger().cancelAbsence(absence),
    swap: (from: string, to: string) => arranger().swap(from, to),
    shiftTypeVersion: (id: string) => arranger().shiftTypeVersion(id),
    created: <T>(path: string, body: object) => arranger().created<T>(path, body),
  };
  return [
    { route: 'GET /api/rota/shift-types', allowed: readers, success: 200, call: (agent) => agent.get('/api/rota/shift-types').query({ departmentId: departmentId() }) },
    {
      route: 'POST /api/rota/shift-types',
      allowed: managers,
      success: 201,
      call: (agent) =>
        agent.post('/api/rota/shift-types').send({
          departmentId: departmentId(),
          code: `M${Math.random().toString(36).slice(2, 8)}`,
          name: 'Matrix early',
          start: '07:00',
          end: '15:00',
          endsNextDay: false,
          unpaidBreakMinutes: 30,
          locationId: arrange.location('records-library'),
          requiredSkill: 'filing',
        }),
    },
    {
      route: 'PATCH /api/rota/shift-types/:id',
      allowed: managers,
      success: 200,
      call: async (agent) => {
        const type = await arrange.officeDay();
        return agent.patch(`/api/rota/shift-types/${type.id}`).send({ version: await arrange.shiftTypeVersion(type.id), name: 'Office day' });
      },
    },
    { route: 'GET /api/rota/cover-requirements', allowed: readers, success: 200, call: (agent) => agent.get('/api/rota/cover-requirements').query({ departmentId: departmentId() }) },
    {
      route: 'POST /api/rota/cover-requirements',
      allowed: managers,
      success: 201,
      call: async (agent) => {
        const type = await arrange.officeDay();
        return agent.post('/api/rota/cover-requirements').send({ departmentId: departmentId(), locationId: type.locationId, shiftTypeId: type.id, appliesTo: { date: '2030-01-01' }, minimum: 0, ideal: 1 });
      },
    },
    {
      route: 'PATCH /api/rota/cover-requirements/:id',
      allowed: managers,
      success: 200,
      call: async (agent) => {
        const type = await arrange.officeDay();
        const cover = await arrange.created<{ id: string; version: number }>('/api/rota/cover-requirements', { departmentId: departmentId(), locationId: type.locationId, shiftTypeId: type.id, appliesTo: { date: '2030-02-01' }, minimum: 0, ideal: 1 });
        return agent.patch(`/api/rota/cover-requirements/${cover.id}`).send({ version: cover.version, ideal: 2 });
      },
    },
    {
      route: 'DELETE /api/rota/cover-requirements/:id',
      allowed: managers,
      success: 204,
      call: async (agent) => {
        const type = await arrange.officeDay();
        const cover = await arrange.created<{ id: string; version: number }>('/api/rota/cover-requirements', { departmentId: departmentId(), locationId: type.locationId, shiftTypeId: type.id, appliesTo: { date: '2030-03-01' }, minimum: 0, ideal: 1 });
        return agent.delete(`/api/rota/cover-requirements/${cover.id}`).query({ version: cover.version });
      },
    },
    { route: 'GET /api/rota/periods', allowed: readers, success: 200, call: (agent) => agent.get('/api/rota/periods').query({ departmentId: departmentId() }) },
    {
      route: 'POST /api/rota/periods',
      allowed: managers,
      success: 201,
      // Arranged as a draft to find free dates, then removed so the caller can create the same week.
      call: async (agent) => {
        const period = await arrange.draftPeriod();
        await arrange.deletePeriod(period.id);
        return agent.post('/api/rota/periods').send({ departmentId: departmentId(), name: 'Matrix week', startDate: period.startDate, endDate: period.endDate });
      },
    },
    {
      route: 'GET /api/rota/periods/:id/planner',
      allowed: readers,
      success: 200,
      call: async (agent) => agent.get(`/api/rota/periods/${(await arrange.draftPeriod()).id}/planner`),
    },
    {
      route: 'GET /api/rota/periods/:id/shifts/:shiftId/candidates',
      allowed: planners,
      success: 200,
      call: async (agent) => {
        const period = await arrange.draftPeriod();
        const shift = (await arrange.planner(period.id)).shifts[0];
        return agent.get(`/api/rota/periods/${period.id}/shifts/${shift?.id ?? ''}/candidates`);
      },
    },
    {
      route: 'POST /api/rota/periods/:id/shifts',
      allowed: managers,
      success: 201,
      call: async (agent) => {
        const period = await arrange.draftPeriod();
        const type = await arrange.officeDay();
        return agent.post(`/api/rota/periods/${period.id}/shifts`).send({ shiftTypeId: type.id, date: period.startDate, periodVersion: period.version });
      },
    },
    {
      route: 'POST /api/rota/periods/:id/assignments',
      allowed: planners,
      success: 201,
      call: async (agent) => {
        const period = await arrange.draftPeriod();
        const shift = (await arrange.planner(period.id)).shifts[0];
        return agent.post(`/api/rota/periods/${period.id}/assignments`).send({ shiftId: shift?.id, staffId: person(), periodVersion: period.version });
      },
    },
    {
      route: 'DELETE /api/rota/periods/:id/assignments/:assignmentId',
      allowed: planners,
      success: 200,
      call: async (agent) => {
        const { period, assignment } = await arrange.periodWithAssignment(person());
        return agent.delete(`/api/rota/periods/${period.id}/assignments/${assignment.assignment.id}`).query({ periodVersion: period.version });
      },
    },
    {
      route: 'POST /api/rota/periods/:id/publish',
      allowed: managers,
      success: 200,
      call: async (agent) => {
        const period = await arrange.draftPeriod();
        return agent.post(`/api/rota/periods/${period.id}/publish`).send({ version: period.version });
      },
    },
    {
      route: 'POST /api/rota/periods/:id/reopen',
      allowed: managers,
      success: 200,
      call: async (agent) => {
        const { period } = await arrange.publishedAssignment(person());
        return agent.post(`/api/rota/periods/${period.id}/reopen`).send({ version: period.version, reason: 'Cover for a training day changed' });
      },
    },
    {
      route: 'POST /api/rota/periods/:id/finalise',
      allowed: managers,
      success: 200,
      call: async (agent) => {
        const period = await arrange.pastPublishedPeriod();
        return agent.post(`/api/rota/periods/${period.id}/finalise`).send({ version: period.version });
      },
    },
    {
      route: 'POST /api/rota/periods/:id/solves',
      allowed: managers,
      success: 201,
      call: async (agent) => {
        const period = await arrange.draftPeriod();
        return agent.post(`/api/rota/periods/${period.id}/solves`).send({ periodVersion: period.version, timeLimitSeconds: 1 });
      },
    },
    { route: 'GET /api/rota/periods/:id/solves', allowed: managers, success: 200, call: async (agent) => agent.get(`/api/rota/periods/${(await arrange.draftPeriod()).id}/solves`) },
    { route: 'GET /api/rota/solves/:id', allowed: managers, success: 200, call: async (agent) => agent.get(`/api/rota/solves/${(await arranger().queuedSolve()).id}`) },
    { route: 'GET /api/rota/solves/:id/preview', allowed: managers, success: 200, call: async (agent) => agent.get(`/api/rota/solves/${(await arranger().readySolve()).id}/preview`) },
    { route: 'GET /api/rota/solves/:id/changes', allowed: managers, success: 200, call: async (agent) => agent.get(`/api/rota/solves/${(await arranger().readySolve()).id}/changes`).query({ page: 1, pageSize: 10 }) },
    { route: 'POST /api/rota/solves/:id/cancel', allowed: managers, success: 200, call: async (agent) => agent.post(`/api/rota/solves/${(await arranger().queuedSolve()).id}/cancel`) },
    {
      route: 'POST /api/rota/solves/:id/accept',
      allowed: managers,
      success: 200,
      call: async (agent) => {
        const solve = await arranger().readySolve();
        return agent.post(`/api/rota/solves/${solve.id}/accept`).send({ version: solve.version });
      },
    },
    {
      route: 'POST /api/rota/solves/:id/reject',
      allowed: managers,
      success: 200,
      call: async (agent) => {
        const solve = await arranger().readySolve();
        return agent.post(`/api/rota/solves/${solve.id}/reject`).send({ version: solve.version });
      },
    },
    { route: 'GET /api/rota/absences', allowed: readers, success: 200, call: (agent) => agent.get('/api/rota/absences').query({ departmentId: departmentId() }) },
    {
      route: 'GET /api/rota/absences/:id/check',
      allowed: planners,
      success: 200,
      call: async (agent) => agent.get(`/api/rota/absences/${(await arrange.requestedAbsence(person())).id}/check`),
    },
    {
      route: 'POST /api/rota/absences',
      allowed: ['admin', 'manager', 'officer', 'staff'],
      success: 201,
      call: async (agent) => {
        const absence = await arrange.requestedAbsence(person());
        await arrange.cancelAbsence(absence);
        return agent.post('/api/rota/absences').send({ staffId: person(), kind: 'training', startDate: absence.startDate, endDate: absence.endDate });
      },
    },
    {
      route: 'POST /api/rota/absences/:id/decision',
      allowed: planners,
      success: 200,
      call: async (agent) => {
        const absence = await arrange.requestedAbsence(person());
        return agent.post(`/api/rota/absences/${absence.id}/decision`).send({ decision: 'decline', version: absence.version });
      },
    },
    {
      route: 'POST /api/rota/absences/:id/cancel',
      allowed: ['admin', 'manager', 'officer', 'staff'],
      success: 200,
      // The caller asked for it (staff and officers may cancel only what they asked for).
      call: async (agent, caller) => {
        const allowed = caller === 'admin' || caller === 'manager' || caller === 'officer' || caller === 'staff';
        const absence = await arrange.requestedAbsence(person(), allowed ? agent : undefined);
        return agent.post(`/api/rota/absences/${absence.id}/cancel`).send({ version: absence.version });
      },
    },
    { route: 'GET /api/rota/swaps', allowed: readers, success: 200, call: (agent) => agent.get('/api/rota/swaps').query({ departmentId: departmentId() }) },
    {
      route: 'POST /api/rota/swaps',
      allowed: ['admin', 'manager', 'officer', 'staff'],
      success: 201,
      call: async (agent) => {
        const { assignmentId } = await arrange.publishedAssignment(person());
        return agent.post('/api/rota/swaps').send({ fromAssignmentId: assignmentId, toStaffId: colleague() });
      },
    },
    {
      route: 'POST /api/rota/swaps/:id/decision',
      allowed: planners,
      success: 200,
      call: async (agent) => {
        const swap = await arrange.swap(person(), lineColleague());
        return agent.post(`/api/rota/swaps/${swap.id}/decision`).send({ decision: 'decline', version: swap.version });
      },
    },
    {
      route: 'POST /api/rota/swaps/:id/cancel',
      allowed: ['admin', 'manager', 'officer', 'staff'],
      success: 200,
      // The caller's own shift is offered (managers and admins may also withdraw anyone's in their department).
      call: async (agent, caller) => {
        const from = ownRecord(caller) ?? person();
        const swap = await arrange.swap(from, from === colleague() ? person() : colleague());
        return agent.post(`/api/rota/swaps/${swap.id}/cancel`).send({ version: swap.version });
      },
    },
    { route: 'GET /api/rota/me/swaps', allowed: withStaffRecord, success: 200, call: (agent) => agent.get('/api/rota/me/swaps') },
    {
      route: 'GET /api/rota/me/assignments/:assignmentId/swap-options',
      allowed: withStaffRecord,
      success: 200,
      call: async (agent, caller) => {
        const { assignmentId } = await arrange.publishedAssignment(ownRecord(caller) ?? person());
        return agent.get(`/api/rota/me/assignments/${assignmentId}/swap-options`);
      },
    },
    { route: 'GET /api/rota/me/shifts', allowed: withStaffRecord, success: 200, call: (agent) => agent.get('/api/rota/me/shifts') },
    { route: 'GET /api/rota/me/absences', allowed: withStaffRecord, success: 200, call: (agent) => agent.get('/api/rota/me/absences') },
    { route: 'GET /api/rota/me/calendar-feed', allowed: withStaffRecord, success: 200, call: (agent) => agent.get('/api/rota/me/calendar-feed') },
    { route: 'POST /api/rota/me/calendar-feed', allowed: withStaffRecord, success: 201, call: (agent) => agent.post('/api/rota/me/calendar-feed') },
    { route: 'DELETE /api/rota/me/calendar-feed', allowed: withStaffRecord, success: 204, call: (agent) => agent.delete('/api/rota/me/calendar-feed') },
    { route: 'DELETE /api/rota/staff/:staffId/calendar-feed', allowed: managers, success: 204, call: (agent) => agent.delete(`/api/rota/staff/${person()}/calendar-feed`) },
    {
      route: 'GET /api/rota/calendar/:token.ics',
      allowed: 'everyone',
      success: 200,
      call: async (agent) => {
        const staff = await organisation().signInAs('staff');
        const feed = (await staff.post('/api/rota/me/calendar-feed')).body as { url: string };
        return agent.get(new URL(feed.url).pathname);
      },
    },
  ];
}
