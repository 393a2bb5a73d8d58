import { addDays } from '@recordroom/calendar';
import { type CourseDto, type PeoplePolicyDto, type SicknessEpisodeDto } from '@recordroom/contracts';
import { ROLES, type Role } from '@recordroom/people';
import { type Response } from 'supertest';
import { aNewStaffMember } from './request-bodies.js';
import { type Agent, type TestOrganisation } from './test-app.js';

type Caller = Role | 'signed out';

export interface PeopleRouteAccess {
  route: string;
  allowed: readonly Role[] | 'everyone';
  success: number;
  call(agent: Agent, caller: Caller): Promise<Response>;
}

const readers = ['admin', 'manager', 'officer', 'senior'] as const;
const lineManagers = ['admin', 'manager', 'officer'] as const;
const managers = ['admin', 'manager'] as const;

/**
 * Line management's rows of the role x route matrix (access.int-spec.ts). Each write is about a
 * new person in the officer's line, arranged by the organisation's admin, so every row may
 * change its own target; reads name the department, which admins and seniors must.
 */
export function peopleRouteRows(organisation: () => TestOrganisation, admin: () => Agent, today: () => string): PeopleRouteAccess[] {
  const departmentId = (): string => organisation().staffRecordOf('officer').departmentId;
  const created = async <T>(path: string, body: object, status = 201): Promise<T> => {
    const response = await admin().post(path).send(body);
    if (response.status !== status) throw new Error(`Arranging POST ${path} gave ${response.status}: ${response.text}`);
    return response.body as T;
  };
  const aPersonInTheOfficersLine = async (): Promise<string> => (await created<{ id: string }>('/api/staff', aNewStaffMember({ departmentId: departmentId(), lineManagerId: organisation().staffRecordOf('officer').id }))).id;
  const anOpenEpisode = async (): Promise<SicknessEpisodeDto> => created(`/api/people/staff/${await aPersonInTheOfficersLine()}/sickness`, { startDate: addDays(today(), -3), endDate: null, reasonCode: 'S13' });
  const dataSecurity = async (): Promise<string> => ((await admin().get('/api/people/courses')).body as CourseDto[]).find((c) => c.code === 'data-security-awareness')?.id ?? '';

  return [
    { route: 'GET /api/people/team', allowed: lineManagers, success: 200, call: (agent) => agent.get('/api/people/team').query({ departmentId: departmentId() }) },
    { route: 'GET /api/people/compliance', allowed: readers, success: 200, call: (agent) => agent.get('/api/people/compliance').query({ departmentId: departmentId() }) },
    { route: 'GET /api/people/off', allowed: lineManagers, success: 200, call: (agent) => agent.get('/api/people/off').query({ departmentId: departmentId(), from: today(), to: addDays(today(), 27) }) },
    { route: 'GET /api/people/courses', allowed: ROLES, success: 200, call: (agent) => agent.get('/api/people/courses') },
    { route: 'GET /api/people/policy', allowed: lineManagers, success: 200, call: (agent) => agent.get('/api/people/policy').query({ departmentId: departmentId() }) },
    {
      route: 'PUT /api/people/policy',
      allowed: managers,
      success: 200,
      call: async (agent) => {
        const current = (await admin().get('/api/people/policy').query({ departmentId: departmentId() })).body as PeoplePolicyDto;
        return agent.put('/api/people/policy').send({
          departmentId: departmentId(),
          ...(current.version > 0 ? { version: current.version } : {}),
          leaveYear: { kind: 'fixed-date', month: 4, day: 1 },
          carryOverCapHours: null,
          dbsRenewalYears: 3,
          bradfordTriggers: [50, 125, 400],
        });
      },
    },
    {
      route: 'GET /api/people/staff/:staffId',
      allowed: ROLES,
      success: 200,
      // Staff read their own record; everyone else a person in the officer's line.
      call: async (agent, caller) => agent.get(`/api/people/staff/${caller === 'staff' ? organisation().staffRecordOf('staff').id : await aPersonInTheOfficersLine()}`),
    },
    {
      route: 'POST /api/people/staff/:staffId/sickness',
      allowed: lineManagers,
      success: 201,
      call: async (agent) => agent.post(`/api/people/staff/${await aPersonInTheOfficersLine()}/sickness`).send({ startDate: addDays(today(), -1), endDate: null, reasonCode: 'S13' }),
    },
    {
      route: 'POST /api/people/sickness/:id/close',
      allowed: lineManagers,
      success: 200,
      call: async (agent) => {
        const episode = await anOpenEpisode();
        return agent.post(`/api/people/sickness/${episode.id}/close`).send({ version: episode.version, endDate: addDays(today(), -1) });
      },
    },
    {
      route: 'POST /api/people/sickness/:id/return-to-work',
      allowed: lineManagers,
      success: 200,
      call: async (agent) => {
        const episode = await anOpenEpisode();
        return agent.post(`/api/people/sickness/${episode.id}/return-to-work`).send({ version: episode.version, meetingOn: addDays(today(), 2) });
      },
    },
    {
      route: 'POST /api/people/staff/:staffId/appraisals',
      allowed: lineManagers,
      success: 201,
      call: async (agent) => agent.post(`/api/people/staff/${await aPersonInTheOfficersLine()}/appraisals`).send({ completedOn: today() }),
    },
    {
      route: 'POST /api/people/staff/:staffId/training',
      allowed: lineManagers,
      success: 201,
      call: async (agent) => agent.post(`/api/people/staff/${await aPersonInTheOfficersLine()}/training`).send({ courseId: await dataSecurity(), completedOn: today() }),
    },
    {
      route: 'PUT /api/people/staff/:staffId/checks',
      allowed: lineManagers,
      success: 200,
      call: async (agent) => agent.put(`/api/people/staff/${await aPersonInTheOfficersLine()}/checks`).send({ kind: 'right-to-work', checkedOn: today(), permissionExpiresOn: null }),
    },
    {
      route: 'DELETE /api/people/staff/:staffId/checks',
      allowed: lineManagers,
      success: 204,
      call: async (agent) => {
        const person = await aPersonInTheOfficersLine();
        await admin().put(`/api/people/staff/${person}/checks`).send({ kind: 'right-to-work', checkedOn: today(), permissionExpiresOn: null }).expect(200);
        return agent.delete(`/api/people/staff/${person}/checks`).query({ kind: 'right-to-work', version: 1 });
      },
    },
    {
      route: 'POST /api/people/imports/staff',
      allowed: managers,
      success: 200,
      // The same file each time: the first import adds the person, the others change nothing.
      call: (agent) =>
        agent
          .post('/api/people/imports/staff')
          .query({ departmentId: departmentId() })
          .set('Content-Type', 'text/csv')
          .send('Employee Number,First Name,Last Name,Job Title,Band,Pay Point,Contract Type,Contracted Hours,NHS Service Start,Employment Start,Employment End,Line Manager Employee Number,DBS Check Date\nACC-1,Ida,Import,Health records clerk,2,1,permanent,37.5,01/09/2020,,,,\n'),
    },
    {
      route: 'POST /api/people/imports/absences',
      allowed: managers,
      success: 200,
      call: (agent) =>
        agent
          .post('/api/people/imports/absences')
          .query({ departmentId: departmentId() })
          .set('Content-Type', 'text/csv')
          .send('Absence ID,Employee Number,Absence Type,Start Date,End Date,Reason Code\n'),
    },
    {
      route: 'PUT /api/people/staff/:staffId/carry-over',
      allowed: lineManagers,
      success: 200,
      call: async (agent) => agent.put(`/api/people/staff/${await aPersonInTheOfficersLine()}/carry-over`).send({ leaveYearStart: '2026-04-01', hours: 7.5 }),
    },
  ];
}
