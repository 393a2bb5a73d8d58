import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, type IsoDate } from '@recordroom/calendar';
import { type AbsenceDto, type KpiSeriesDto, type KpiSummaryDto, type PlannerDto, type SicknessEpisodeDto } from '@recordroom/contracts';
import { type DemoRota } from '@recordroom/demo-department';
import { reportingLine, type StaffMember } from '@recordroom/people';
import { auditRowsAbout } from './support/database-rows.js';
import { fieldsNamedBy } from './support/problem-details.js';
import { aNewStaffMember } from './support/request-bodies.js';
import { pinnedRotaClock, seedTestRota } from './support/rota-arrange.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

interface EpisodeAbsence {
  id: string;
  kind: string;
  status: string;
  startDate: IsoDate;
  endDate: IsoDate;
  version: number;
}

/**
 * Sickness episodes recorded in line management go on the rota as sickness absence: the person is
 * off sick in the planner, their shifts become gaps, and the KPI sickness absence rate counts them.
 */
describe('sickness episodes on the rota', () => {
  let api: TestApp;
  let trust: TestOrganisation;
  let rota: DemoRota;
  let manager: Agent;
  let officer: Agent;
  let today: IsoDate;
  let line: StaffMember[];

  beforeAll(async () => {
    api = await startTestApp({}, pinnedRotaClock());
    today = api.clock.today();
    trust = await seedTestOrganisation(api.app, { seed: 2_202, staffCount: 60 });
    rota = await seedTestRota(api.database, trust, 2_202, today);
    [manager, officer] = await Promise.all([trust.signInAs('manager'), trust.signInAs('officer')]);
    const officerId = trust.staffRecordOf('officer').id;
    const reach = reportingLine(officerId, trust.staff);
    const holders = new Set(trust.accounts.map((a) => a.staffMemberId));
    line = trust.staff.filter((s) => reach.has(s.id) && !holders.has(s.id));
  });

  afterAll(async () => {
    await api.close();
  });

  const absenceOf = async (episodeId: string): Promise<EpisodeAbsence | undefined> =>
    (
      await api.database.query<EpisodeAbsence[]>(
        `SELECT id, kind, status, start_date::text AS "startDate", end_date::text AS "endDate", version FROM absence WHERE sickness_episode_id = $1`,
        [episodeId],
      )
    )[0];
  const hasSicknessOn = async (staffId: string, from: IsoDate, to: IsoDate): Promise<boolean> =>
    ((await api.database.query<{ n: number }[]>('SELECT count(*)::int AS n FROM sickness_episode WHERE staff_member_id = $1 AND start_date <= $3 AND (end_date IS NULL OR end_date >= $2)', [staffId, from, to]))[0]?.n ?? 0) > 0;
  const standingAbsenceOn = async (staffId: string, from: IsoDate, to: IsoDate): Promise<boolean> =>
    ((await api.database.query<{ n: number }[]>("SELECT count(*)::int AS n FROM absence WHERE staff_member_id = $1 AND status IN ('approved', 'requested') AND start_date <= $3 AND end_date >= $2", [staffId, from, to]))[0]?.n ?? 0) > 0;

  const lastPeriodEnd = async (): Promise<IsoDate> =>
    (await api.database.query<{ end: IsoDate }[]>('SELECT max(end_date)::text AS "end" FROM rota_period WHERE department_id = $1', [trust.staffRecordOf('manager').departmentId]))[0]?.end ?? today;

  it('puts an open episode on the rota to the end of the last period, takes the person off their shifts, and follows the episode when it is closed', async () => {
    const periodEnd = await lastPeriodEnd();
    const shiftDates = new Map(rota.shifts.map((s) => [s.id, s.date]));
    const open = new Set(rota.periods.filter((p) => p.status !== 'finalised').map((p) => p.id));
    // Someone in the officer's line with a shift to come in a period still open, clear of leave and sickness until then.
    let person: StaffMember | undefined;
    let shift: { id: string; periodId: string; date: IsoDate } | undefined;
    for (const candidate of line) {
      const next = rota.assignments
        .filter((a) => a.staffId === candidate.id && open.has(a.periodId) && (shiftDates.get(a.shiftId) ?? '') > today)
        .map((a) => ({ id: a.id, periodId: a.periodId, date: shiftDates.get(a.shiftId) as IsoDate }))
        .sort((a, b) => a.date.localeCompare(b.date))[0];
      if (next && !(await standingAbsenceOn(candidate.id, today, periodEnd)) && !(await hasSicknessOn(candidate.id, today, periodEnd))) {
        person = candidate;
        shift = next;
        break;
      }
    }
    if (!person || !shift) throw new Error('The seed needs a line-report with a shift to come and no leave before the last period ends');

    const recorded = await officer.post(`/api/people/staff/${person.id}/sickness`).send({ startDate: today, endDate: null, reasonCode: 'S13' });

    expect(recorded.status).toBe(201);
    const episode = recorded.body as SicknessEpisodeDto;
    const absence = await absenceOf(episode.id);
    expect(absence).toMatchObject({ kind: 'sickness', status: 'approved', startDate: today, endDate: periodEnd });
    const stillAssigned = await api.database.query<{ id: string }[]>('SELECT id FROM rota_assignment WHERE id = $1', [shift.id]);
    expect(stillAssigned).toEqual([]);
    const planner = (await manager.get(`/api/rota/periods/${shift.periodId}/planner`).expect(200)).body as PlannerDto;
    expect(planner.absences.map((a) => a.id)).toContain(absence?.id);
    expect(planner.assignments.map((a) => a.id)).not.toContain(shift.id);
    const audited = await auditRowsAbout(api.database, absence?.id ?? '');
    expect(audited.map((r) => r.action)).toEqual(['create']);

    // Back tomorrow: the absence ends with the episode today, in the same change, audited.
    const back = today;
    const closed = await officer.post(`/api/people/sickness/${episode.id}/close`).send({ version: episode.version, endDate: back });

    expect(closed.status).toBe(200);
    expect(await absenceOf(episode.id)).toMatchObject({ startDate: today, endDate: back, version: (absence?.version ?? 0) + 1 });
    expect((await auditRowsAbout(api.database, absence?.id ?? '')).map((r) => r.action)).toEqual(['create', 'update']);

    // The rota cannot withdraw it behind line management's back.
    const cancelled = await manager.post(`/api/rota/absences/${absence?.id}/cancel`).send({ version: (absence?.version ?? 0) + 1 });
    expect(cancelled.status).toBe(422);
    expect(fieldsNamedBy(cancelled)).toEqual(['version']);
  });

  it('keeps an open episode on the rota to the end of a rota period added later, stopping short of leave booked after it', async () => {
    const periodEnd = await lastPeriodEnd();
    const start = addDays(periodEnd, 1);
    const end = addDays(start, 27);
    let person: StaffMember | undefined;
    for (const s of line) if (!(await standingAbsenceOn(s.id, today, end)) && !(await hasSicknessOn(s.id, today, end))) {
      person = s;
      break;
    }
    if (!person) throw new Error('No one in the line is clear of absence to the new period’s end');
    const episode = (await officer.post(`/api/people/staff/${person.id}/sickness`).send({ startDate: today, endDate: null, reasonCode: 'S12' }).expect(201)).body as SicknessEpisodeDto;
    // Leave booked in the new period's last week, before the period exists.
    await manager.post('/api/rota/absences').send({ staffId: person.id, kind: 'study', startDate: addDays(end, -6), endDate: end }).expect(201);

    await manager.post('/api/rota/periods').send({ name: 'Added later', startDate: start, endDate: end }).expect(201);

    expect(await absenceOf(episode.id)).toMatchObject({ startDate: today, endDate: addDays(end, -7) });
  });

  it('puts sickness of more than a year on the rota for its last year (one absence is at most 366 days), keeping the episode’s true start', async () => {
    const from = addDays(today, -420);
    const to = addDays(today, -20);
    // Someone new to the officer's line, so no leave of the seed's year stands in the way.
    const admin = await trust.signInAs('admin');
    const person = (await admin.post('/api/staff').send(aNewStaffMember({ departmentId: trust.staffRecordOf('officer').departmentId, lineManagerId: trust.staffRecordOf('officer').id })).expect(201)).body as { id: string };

    const recorded = await officer.post(`/api/people/staff/${person.id}/sickness`).send({ startDate: from, endDate: to, reasonCode: 'S12' });

    expect(recorded.status).toBe(201);
    const episode = recorded.body as SicknessEpisodeDto;
    expect(episode.startDate).toBe(from);
    expect(await absenceOf(episode.id)).toMatchObject({ kind: 'sickness', status: 'approved', startDate: addDays(to, -365), endDate: to });
  });

  it('leaves an episode from before the link off the rota when its meeting is booked, and puts it there once it is closed', async () => {
    const from = addDays(today, -12);
    let person: StaffMember | undefined;
    for (const s of line) if (!(await standingAbsenceOn(s.id, from, today)) && !(await hasSicknessOn(s.id, from, today))) {
      person = s;
      break;
    }
    if (!person) throw new Error('No one in the line is clear of absence these two weeks');
    const [stored] = await api.database.query<{ id: string }[]>(
      `INSERT INTO sickness_episode (organisation_id, department_id, staff_member_id, start_date, end_date, reason_code, recorded_by) VALUES ($1, $2, $3, $4, NULL, 'S13', 'before the link') RETURNING id`,
      [trust.organisation.id, person.departmentId, person.id, from],
    );
    const id = stored?.id ?? '';

    const booked = (await officer.post(`/api/people/sickness/${id}/return-to-work`).send({ version: 1, meetingOn: today }).expect(200)).body as SicknessEpisodeDto;
    expect(await absenceOf(id)).toBeUndefined();

    await officer.post(`/api/people/sickness/${id}/close`).send({ version: booked.version, endDate: addDays(from, 2) }).expect(200);
    expect(await absenceOf(id)).toMatchObject({ kind: 'sickness', status: 'approved', startDate: from, endDate: addDays(from, 2) });
  });

  it('audits the rota’s views that show someone off sick to anyone but them, never with a reason', async () => {
    const period = rota.periods.find((p) => p.status === 'draft');
    if (!period) throw new Error('The seeded rota has no draft period');
    const reads = async (view: string): Promise<{ staffIds: string[]; reasonsShown: string[] }[]> =>
      (await api.database.query<{ after: { staffIds: string[]; reasonsShown: string[] } }[]>(
        `SELECT after FROM audit_event WHERE organisation_id = $1 AND action = 'read' AND entity_type = 'sickness-record' AND after->>'view' = $2 ORDER BY id`,
        [trust.organisation.id, view],
      )).map((r) => r.after);
    const sickness = (await manager.get('/api/rota/absences').query({ pageSize: 200, from: period.startDate, to: period.endDate }).expect(200)).body as { items: AbsenceDto[] };
    const planner = (await manager.get(`/api/rota/periods/${period.id}/planner`).expect(200)).body as PlannerDto;
    const sick = sickness.items.find((a) => a.kind === 'sickness');
    if (!sick) throw new Error('No sickness on the rota in the draft period');
    await manager.get(`/api/rota/absences/${sick.id}/check`).expect(200);

    const listed = (await reads('rota-absences')).at(-1);
    expect(listed?.staffIds).toEqual(expect.arrayContaining(sickness.items.filter((a) => a.kind === 'sickness').map((a) => a.staffId)));
    expect(listed?.reasonsShown).toEqual([]);
    expect((await reads('rota-planner')).at(-1)?.staffIds).toEqual(expect.arrayContaining(planner.absences.filter((a) => a.kind === 'sickness').map((a) => a.staffId)));
    expect((await reads('rota-absence-check')).at(-1)?.staffIds).toEqual([sick.staffId]);
  });

  it('refuses sickness over leave already on the rota: 422 naming startDate, and neither episode nor absence is written', async () => {
    const leave = rota.absences
      .filter((a) => a.kind === 'annual-leave' && a.status === 'approved' && a.endDate < today && line.some((s) => s.id === a.staffId))
      .sort((a, b) => b.startDate.localeCompare(a.startDate));
    let chosen: (typeof leave)[number] | undefined;
    for (const a of leave) if (!(await hasSicknessOn(a.staffId, a.startDate, a.endDate))) {
      chosen = a;
      break;
    }
    if (!chosen) throw new Error('The seed needs past approved leave of a line-report');
    const count = async (): Promise<number[]> =>
      (await api.database.query<{ e: number; a: number }[]>('SELECT (SELECT count(*)::int FROM sickness_episode WHERE staff_member_id = $1) AS e, (SELECT count(*)::int FROM absence WHERE staff_member_id = $1) AS a', [chosen.staffId])).flatMap((r) => [r.e, r.a]);
    const before = await count();

    const response = await officer.post(`/api/people/staff/${chosen.staffId}/sickness`).send({ startDate: chosen.startDate, endDate: chosen.startDate, reasonCode: 'S13' });

    expect(response.status).toBe(422);
    expect(fieldsNamedBy(response)).toEqual(['startDate']);
    expect(await count()).toEqual(before);
  });

  it('counts an episode in the KPI sickness absence rate of its month', async () => {
    // Last month, a week off for someone clear of absence then.
    const monthStart = `${addDays(`${today.slice(0, 8)}01`, -1).slice(0, 8)}01`;
    const from = addDays(monthStart, 7);
    const to = addDays(from, 6);
    let person: StaffMember | undefined;
    for (const s of line) if (s.contractType !== 'bank' && s.nhsServiceStartDate < monthStart && !(await standingAbsenceOn(s.id, from, to)) && !(await hasSicknessOn(s.id, from, to))) {
      person = s;
      break;
    }
    if (!person) throw new Error('No one in the line was clear last month');
    const query = { from: monthStart, to: addDays(`${today.slice(0, 8)}01`, -1), granularity: 'month' };
    const rate = async (): Promise<{ value: number; numerator: number }> => {
      const series = (await manager.get('/api/kpi/series/sickness-absence-percent').query(query).expect(200)).body as KpiSeriesDto;
      const latest = ((await manager.get('/api/kpi/summary').query(query).expect(200)).body as KpiSummaryDto).rows.find((r) => r.kpiId === 'sickness-absence-percent')?.latest;
      expect(latest?.period).toBe(monthStart);
      return { value: series.spc.points.find((p) => p.period === monthStart)?.value ?? Number.NaN, numerator: latest?.numerator ?? Number.NaN };
    };
    const before = await rate();

    await officer.post(`/api/people/staff/${person.id}/sickness`).send({ startDate: from, endDate: to, reasonCode: 'S11' }).expect(201);

    const after = await rate();
    // Seven calendar days at the person's whole-time equivalent (NHS England's FTE days lost, ../shared/domain/absence.md §2).
    // The summary gives FTE days to four places.
    expect(after.numerator - before.numerator).toBeCloseTo(7 * (person.contractedHoursPerWeek / 37.5), 3);
    expect(after.value).toBeGreaterThan(before.value);
  });

  it('lists the episode’s absence in the rota’s absences as approved sickness', async () => {
    const listed = (await manager.get('/api/rota/absences').query({ pageSize: 200, from: today, to: today }).expect(200)).body as { items: AbsenceDto[] };
    expect(listed.items.some((a) => a.kind === 'sickness' && a.status === 'approved' && a.startDate === today)).toBe(true);
  });
});
