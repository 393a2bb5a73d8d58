import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays } from '@recordroom/calendar';
import { type CourseDto, type MyTeamDto, type PersonRecordDto, type SicknessEpisodeDto, type TeamComplianceDto, type WhoIsOffDto } from '@recordroom/contracts';
import { reportingLine, type StaffMember } from '@recordroom/people';
import { type DataSource } from 'typeorm';
import { auditRowsAbout } from './support/database-rows.js';
import { fieldsNamedBy } from './support/problem-details.js';
import { pinnedRotaClock } from './support/rota-arrange.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/** Rows of every line-management table and the audit trail about an organisation: what a refused request must leave alone. */
async function writtenRows(database: DataSource, organisationId: string): Promise<Record<string, number>> {
  const rows: { t: string; n: number }[] = await database.query(
    `SELECT 'sickness' AS t, count(*)::int AS n FROM sickness_episode WHERE organisation_id = $1
     UNION ALL SELECT 'appraisal', count(*)::int FROM appraisal WHERE organisation_id = $1
     UNION ALL SELECT 'training', count(*)::int FROM training_completion WHERE organisation_id = $1
     UNION ALL SELECT 'check', count(*)::int FROM staff_check WHERE organisation_id = $1
     UNION ALL SELECT 'carry', count(*)::int FROM leave_carry_over WHERE organisation_id = $1
     UNION ALL SELECT 'absence', count(*)::int FROM absence WHERE organisation_id = $1
     UNION ALL SELECT 'audit', count(*)::int FROM audit_event WHERE organisation_id = $1 AND action <> 'read'
     UNION ALL SELECT 'staff versions', coalesce(sum(version), 0)::int FROM staff_member WHERE organisation_id = $1`,
    [organisationId],
  );
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

/** Line management through the API, on a pinned Wednesday in November 2026. */
describe('line management', () => {
  let api: TestApp;
  let trust: TestOrganisation;
  let admin: Agent;
  let manager: Agent;
  let officer: Agent;
  let senior: Agent;
  let staff: Agent;
  let today: string;
  let line: Set<string>;
  let reports: StaffMember[];
  let outside: StaffMember;
  let dataSecurity: CourseDto;

  beforeAll(async () => {
    api = await startTestApp({}, pinnedRotaClock());
    today = api.clock.today();
    trust = await seedTestOrganisation(api.app, { seed: 1_111, staffCount: 60 });
    [admin, manager, officer, senior, staff] = await Promise.all([trust.signInAs('admin'), trust.signInAs('manager'), trust.signInAs('officer'), trust.signInAs('senior'), trust.signInAs('staff')]);
    const officerId = trust.staffRecordOf('officer').id;
    line = reportingLine(officerId, trust.staff);
    // The officer's line-reports who hold no account: the direct report first, then those further down.
    const holders = new Set(trust.accounts.map((a) => a.staffMemberId));
    // Longest-serving first after the direct report, so a year of sickness falls after they started.
    reports = trust.staff
      .filter((s) => line.has(s.id) && !holders.has(s.id))
      .sort((a, b) => Number(b.lineManagerId === officerId) - Number(a.lineManagerId === officerId) || a.nhsServiceStartDate.localeCompare(b.nhsServiceStartDate));
    const departmentId = trust.staffRecordOf('officer').departmentId;
    const found = trust.staff.find((s) => s.departmentId === departmentId && !line.has(s.id) && s.id !== officerId && trust.accounts.every((a) => a.staffMemberId !== s.id));
    if (!found || reports.length < 3 || reports[0]?.lineManagerId !== officerId || (reports[1]?.nhsServiceStartDate ?? '') > addDays(today, -400)) throw new Error('The seed needs three line-reports of the officer, one direct, and someone outside their line');
    outside = found;
    dataSecurity = ((await officer.get('/api/people/courses').expect(200)).body as CourseDto[]).find((c) => c.code === 'data-security-awareness') as CourseDto;
  });

  afterAll(async () => {
    await api.close();
  });

  const report = (i: number): StaffMember => reports[i] as StaffMember;
  const record = async (agent: Agent, id: string): Promise<PersonRecordDto> => (await agent.get(`/api/people/staff/${id}`).expect(200)).body as PersonRecordDto;

  it("shows an officer their line (without themselves), direct and indirect, with role, band, WTE, contract and skills", async () => {
    const team = (await officer.get('/api/people/team').expect(200)).body as MyTeamDto;

    expect(new Set(team.members.map((m) => m.id))).toEqual(line);
    const first = team.members.find((m) => m.id === report(0).id);
    expect(first).toMatchObject({ direct: true, band: report(0).band, contractType: report(0).contractType, wholeTimeEquivalent: report(0).contractedHoursPerWeek / 37.5, skills: [...report(0).skills] });
    expect(team.attention.every((item) => line.has(item.staffId))).toBe(true);
  });

  it('records sickness for a line-report, audited, and the record shows it with the reason to their line manager', async () => {
    const person = report(0);
    const response = await officer.post(`/api/people/staff/${person.id}/sickness`).send({ startDate: addDays(today, -2), endDate: null, reasonCode: 'S13' });

    expect(response.status).toBe(201);
    const episode = response.body as SicknessEpisodeDto;
    expect(episode).toMatchObject({ staffId: person.id, endDate: null, reasonCode: 'S13', returnToWork: { status: 'still-off' } });
    expect((await auditRowsAbout(api.database, episode.id)).map((r) => r.action)).toEqual(['create']);
    const seen = await record(officer, person.id);
    expect(seen.sickness.episodes.map((e) => e.id)).toEqual([episode.id]);
    expect(seen.seesSicknessReasons).toBe(true);
  });

  it('raises the Bradford trigger for five single days in the year, and books then records the return-to-work meeting', async () => {
    const person = report(1);
    const mondays = [-280, -210, -140, -70].map((d) => addDays(today, d - ((new Date(`${addDays(today, d)}T12:00:00Z`).getUTCDay() + 6) % 7)));
    for (const day of mondays) await officer.post(`/api/people/staff/${person.id}/sickness`).send({ startDate: day, endDate: day, reasonCode: 'S16' }).expect(201);
    const last = (await officer.post(`/api/people/staff/${person.id}/sickness`).send({ startDate: addDays(today, -7), endDate: addDays(today, -7), reasonCode: 'S13' }).expect(201)).body as SicknessEpisodeDto;

    const seen = await record(officer, person.id);
    expect(seen.sickness.bradford).toMatchObject({ spells: 5, days: 5, score: 125, trigger: { score: 125, label: 'possible formal review' } });
    const team = (await officer.get('/api/people/team').expect(200)).body as MyTeamDto;
    expect(team.attention.filter((i) => i.staffId === person.id).map((i) => i.kind)).toEqual(expect.arrayContaining(['bradford-trigger', 'return-to-work-interview']));

    const booked = (await officer.post(`/api/people/sickness/${last.id}/return-to-work`).send({ version: last.version, meetingOn: addDays(today, 1) }).expect(200)).body as SicknessEpisodeDto;
    expect(booked.returnToWork).toMatchObject({ meetingOn: addDays(today, 1), heldOn: null });
    // Held in the future: refused, nothing changes.
    await officer.post(`/api/people/sickness/${last.id}/return-to-work`).send({ version: booked.version, meetingOn: addDays(today, 1), held: true }).expect(422);
    const held = (await officer.post(`/api/people/sickness/${last.id}/return-to-work`).send({ version: booked.version, meetingOn: today, held: true }).expect(200)).body as SicknessEpisodeDto;
    expect(held.returnToWork).toMatchObject({ status: 'done', heldOn: today });
    // The version read before the change is stale now.
    expect((await officer.post(`/api/people/sickness/${last.id}/return-to-work`).send({ version: booked.version, meetingOn: today, held: true })).status).toBe(409);
  });

  it('closes an open episode, and refuses one ending before it starts', async () => {
    const person = report(2);
    const open = (await officer.post(`/api/people/staff/${person.id}/sickness`).send({ startDate: addDays(today, -20), endDate: null, reasonCode: 'S11' }).expect(201)).body as SicknessEpisodeDto;
    const before = await writtenRows(api.database, trust.organisation.id);

    const early = await officer.post(`/api/people/sickness/${open.id}/close`).send({ version: open.version, endDate: addDays(today, -25) });
    expect(early.status).toBe(422);
    expect(fieldsNamedBy(early)).toContain('endDate');
    expect(await writtenRows(api.database, trust.organisation.id)).toEqual(before);

    const closed = (await officer.post(`/api/people/sickness/${open.id}/close`).send({ version: open.version, endDate: addDays(today, -15) }).expect(200)).body as SicknessEpisodeDto;
    expect(closed).toMatchObject({ endDate: addDays(today, -15), version: open.version + 1 });
  });

  it.each([
    { problem: 'sickness ending before it starts', path: () => `/api/people/staff/${report(2).id}/sickness`, body: () => ({ startDate: addDays(today, -3), endDate: addDays(today, -4), reasonCode: 'S13' }), field: 'endDate' },
    { problem: 'sickness overlapping an episode on file', path: () => `/api/people/staff/${report(2).id}/sickness`, body: () => ({ startDate: addDays(today, -16), endDate: addDays(today, -14), reasonCode: 'S13' }), field: 'startDate' },
    { problem: 'sickness starting after today', path: () => `/api/people/staff/${report(2).id}/sickness`, body: () => ({ startDate: addDays(today, 3), endDate: null, reasonCode: 'S13' }), field: 'startDate' },
    { problem: 'a reason not on the list', path: () => `/api/people/staff/${report(2).id}/sickness`, body: () => ({ startDate: addDays(today, -40), endDate: addDays(today, -40), reasonCode: 'S77' }), field: 'reasonCode' },
    { problem: 'a training completion in the future', path: () => `/api/people/staff/${report(2).id}/training`, body: () => ({ courseId: dataSecurity.id, completedOn: addDays(today, 1) }), field: 'completedOn' },
    { problem: 'an appraisal in the future', path: () => `/api/people/staff/${report(2).id}/appraisals`, body: () => ({ completedOn: addDays(today, 1) }), field: 'completedOn' },
    { problem: 'a DBS check in the future', path: () => `/api/people/staff/${report(2).id}/checks`, body: () => ({ kind: 'dbs', checkedOn: addDays(today, 2), version: 1 }), field: 'checkedOn' },
  ])('refuses $problem, naming $field, and writes nothing', async ({ path, body, field }) => {
    const before = await writtenRows(api.database, trust.organisation.id);

    const sent = path().endsWith('/checks') ? await officer.put(path()).send(body()) : await officer.post(path()).send(body());

    expect(sent.status).toBe(422);
    expect(fieldsNamedBy(sent)).toContain(field);
    expect(await writtenRows(api.database, trust.organisation.id)).toEqual(before);
  });

  it("answers 404 to an officer about someone outside their line, reading or writing, and writes nothing", async () => {
    const before = await writtenRows(api.database, trust.organisation.id);

    expect((await officer.get(`/api/people/staff/${outside.id}`)).status).toBe(404);
    expect((await officer.post(`/api/people/staff/${outside.id}/sickness`).send({ startDate: today, endDate: today, reasonCode: 'S13' })).status).toBe(404);
    expect((await officer.post(`/api/people/staff/${outside.id}/training`).send({ courseId: dataSecurity.id, completedOn: today })).status).toBe(404);

    expect(await writtenRows(api.database, trust.organisation.id)).toEqual(before);
  });

  it("shows sickness reasons only to the person, their line manager and the department manager; every other reader's view is audited", async () => {
    const person = report(0);
    const reasons = async (agent: Agent): Promise<(string | null)[]> => (await record(agent, person.id)).sickness.episodes.map((e) => e.reasonCode);

    expect(await reasons(manager)).toEqual(['S13']);
    expect(await reasons(admin)).toEqual([null]);
    expect(await reasons(senior)).toEqual([null]);
    const reads = await api.database.query<{ actor_name: string }[]>(`SELECT actor_name FROM audit_event WHERE action = 'read' AND entity_type = 'sickness-record' AND entity_id = $1`, [person.id]);
    expect(reads.length).toBeGreaterThanOrEqual(4);
  });

  it('lets a member of staff read their own record, not audited as a read by someone else, and no one else', async () => {
    const own = trust.staffRecordOf('staff').id;
    const before = (await api.database.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'read' AND entity_id = $1`, [own]))[0]?.n;

    expect((await record(staff, own)).id).toBe(own);
    expect((await api.database.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'read' AND entity_id = $1`, [own]))[0]?.n).toBe(before);
    expect((await staff.get(`/api/people/staff/${report(0).id}`)).status).toBe(404);
    expect((await staff.get('/api/people/team')).status).toBe(403);
  });

  it('records training and appraisals, which the compliance table counts', async () => {
    const person = report(1);
    await officer.post(`/api/people/staff/${person.id}/training`).send({ courseId: dataSecurity.id, completedOn: addDays(today, -30) }).expect(201);
    await officer.post(`/api/people/staff/${person.id}/appraisals`).send({ completedOn: addDays(today, -10) }).expect(201);
    expect((await officer.post(`/api/people/staff/${person.id}/appraisals`).send({ completedOn: addDays(today, -10) })).status).toBe(409);

    const table = (await officer.get('/api/people/compliance').expect(200)).body as TeamComplianceDto;
    const row = table.rows.find((r) => r.staffId === person.id);
    expect(row?.courses[dataSecurity.id]).toEqual({ status: 'compliant', dueOn: addDays(addDays(today, -30), 365) });
    expect(row?.appraisal.status).toBe('up-to-date');
    expect(new Set(table.rows.map((r) => r.staffId))).toEqual(line);
    expect(table.overall.denominator).toBeGreaterThan(0);
  });

  it('keeps checks: DBS on the staff record, right to work and probation as checks, each with its version', async () => {
    const person = report(2);
    const current = await record(officer, person.id);
    const dbs = current.checks.find((c) => c.kind === 'dbs');
    const putDbs = await officer.put(`/api/people/staff/${person.id}/checks`).send({ kind: 'dbs', checkedOn: addDays(today, -1), ...(dbs?.checkedOn ? { version: dbs.version } : {}) });
    expect(putDbs.status).toBe(200);
    await officer.put(`/api/people/staff/${person.id}/checks`).send({ kind: 'right-to-work', checkedOn: addDays(today, -100), permissionExpiresOn: addDays(today, 10) }).expect(200);
    const probation = (await officer.put(`/api/people/staff/${person.id}/checks`).send({ kind: 'probation', startDate: addDays(today, -170) })).body as { version: number };

    const after = await record(officer, person.id);
    expect(after.checks.map((c) => [c.kind, c.status])).toEqual([
      ['dbs', 'current'],
      ['right-to-work', 'follow-up-due'],
      ['probation', 'ending-soon'],
    ]);
    await officer.delete(`/api/people/staff/${person.id}/checks?kind=probation&version=${probation.version + 1}`).expect(409);
    await officer.delete(`/api/people/staff/${person.id}/checks?kind=probation&version=${probation.version}`).expect(204);
    expect((await record(officer, person.id)).checks.map((c) => c.kind)).toEqual(['dbs', 'right-to-work']);
  });

  it("shows who is off in the officer's line, sickness without its reason", async () => {
    const off = (await officer.get(`/api/people/off?from=${addDays(today, -3)}&to=${addDays(today, 3)}`).expect(200)).body as WhoIsOffDto;

    expect(off.entries.filter((e) => e.kind === 'sickness').map((e) => e.staffId)).toContain(report(0).id);
    expect(off.people.every((p) => line.has(p.staffId))).toBe(true);
    expect(JSON.stringify(off)).not.toContain('S13');
    expect((await officer.get(`/api/people/off?from=${today}&to=${addDays(today, 90)}`)).status).toBe(422);
  });

  it('sets the department policy (managers only) and carries leave over into a leave year', async () => {
    const policy = (await manager.put('/api/people/policy').send({ leaveYear: { kind: 'fixed-date', month: 4, day: 1 }, carryOverCapHours: 37.5, dbsRenewalYears: 3, bradfordTriggers: [40, 100, 300] }).expect(200)).body as { version: number };
    expect(policy.version).toBe(1);
    expect((await officer.put('/api/people/policy').send({ leaveYear: { kind: 'anniversary' }, carryOverCapHours: null, dbsRenewalYears: 3, bradfordTriggers: [50, 125, 400] })).status).toBe(403);

    const person = report(0);
    expect((await officer.put(`/api/people/staff/${person.id}/carry-over`).send({ leaveYearStart: '2026-04-02', hours: 7.5 })).status).toBe(422);
    await officer.put(`/api/people/staff/${person.id}/carry-over`).send({ leaveYearStart: '2026-04-01', hours: 7.5 }).expect(200);
    const seen = await record(officer, person.id);
    expect(seen.leave).toMatchObject({ leaveYearStart: '2026-04-01', leaveYearEnd: '2027-03-31', carriedHours: 7.5, carryOverVersion: 1 });
  });
});
