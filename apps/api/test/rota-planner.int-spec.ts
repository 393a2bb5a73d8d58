import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type AbsenceDto, type AssignmentWriteDto, type PlannerDto, type RotaPeriodDto } from '@recordroom/contracts';
import { type DemoRota } from '@recordroom/demo-department';
import { reportingLine } from '@recordroom/people';
import { type CoverCandidates } from '@recordroom/rota';
import { randomUUID } from 'node:crypto';
import { auditRowsAbout } from './support/database-rows.js';
import { fieldsNamedBy, problemOf } from './support/problem-details.js';
import { pinnedRotaClock, seedTestRota } from './support/rota-arrange.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/**
 * The planner over the demo rota: a published current period and a draft next period with A&E
 * evening gaps. A manager fills a gap from the candidates; the rules refuse hard breaches; two
 * planners cannot overwrite each other; publishing needs a valid rota and later changes a reason.
 */
describe('rota planner and assignments', () => {
  let api: TestApp;
  let clinic: TestOrganisation;
  let rota: DemoRota;
  let manager: Agent;
  let officer: Agent;

  beforeAll(async () => {
    api = await startTestApp({}, pinnedRotaClock());
    clinic = await seedTestOrganisation(api.app, { seed: 421 });
    rota = await seedTestRota(api.database, clinic, 421, api.clock.today());
    [manager, officer] = await Promise.all([clinic.signInAs('manager'), clinic.signInAs('officer')]);
  });

  afterAll(async () => {
    await api.close();
  });

  const periodWith = (status: 'draft' | 'published'): RotaPeriodDto => {
    const period = rota.periods.find((p) => p.status === status);
    if (!period) throw new Error(`No ${status} period`);
    return { ...period, version: 1, publishedAt: period.publishedAt, publishedBy: period.publishedBy };
  };
  const planner = async (periodId: string, agent: Agent = manager): Promise<PlannerDto> => (await agent.get(`/api/rota/periods/${periodId}/planner`).expect(200)).body as PlannerDto;
  const eveningId = (): string => rota.shiftTypes.find((t) => t.endsNextDay)?.id ?? '';
  const aAndEGap = (view: PlannerDto) => {
    const gap = view.gaps.find((g) => g.shiftTypeId === eveningId() && g.shortfall > 0);
    if (!gap) throw new Error('No A&E evening gap in the draft');
    return gap;
  };

  it('draws the draft: dates, staff, shifts, gaps with an A&E evening among them, fairness and hours, and no hard breach', async () => {
    const view = await planner(periodWith('draft').id);

    expect(view.dates).toHaveLength(28);
    expect(view.staff).toHaveLength(clinic.staff.filter((s) => s.departmentId === view.period.departmentId).length);
    expect(view.staff.every((s) => s.inScope)).toBe(true);
    expect(aAndEGap(view).shortfall).toBeGreaterThan(0);
    expect(view.violations.filter((v) => v.severity === 'hard')).toEqual([]);
    expect(view.fairness.some((f) => f.counts['a-and-e-evenings'] > 0)).toBe(true);
    expect(view.hoursByStaff.some((h) => h.plannedMinutes > 0)).toBe(true);
    expect(view.heatmap.rows.length).toBeGreaterThan(0);
  });

  it('ranks candidates for the A&E evening gap; an officer sees only people in their line', async () => {
    const view = await planner(periodWith('draft').id);
    const shiftId = aAndEGap(view).shiftIds[0];
    const line = reportingLine(clinic.staffRecordOf('officer').id, clinic.staff);

    const forManager = (await manager.get(`/api/rota/periods/${view.period.id}/shifts/${shiftId}/candidates`).expect(200)).body as CoverCandidates;
    const forOfficer = (await officer.get(`/api/rota/periods/${view.period.id}/shifts/${shiftId}/candidates`).expect(200)).body as CoverCandidates;

    expect(forManager.candidates.length).toBeGreaterThan(0);
    expect(forManager.candidates[0]?.reasons.map((r) => r.kind)).toContain('skill');
    expect(forOfficer.candidates.every((c) => line.has(c.staffId) || c.staffId === clinic.staffRecordOf('officer').id)).toBe(true);
    expect(forOfficer.candidates.length).toBeLessThanOrEqual(forManager.candidates.length);
  });

  it('fills the gap with the top candidate: 201, the period version moves on, soft warnings come back, and an audit row is written', async () => {
    const view = await planner(periodWith('draft').id);
    const shiftId = aAndEGap(view).shiftIds[0] ?? '';
    const top = ((await manager.get(`/api/rota/periods/${view.period.id}/shifts/${shiftId}/candidates`).expect(200)).body as CoverCandidates).candidates[0];

    const response = await manager.post(`/api/rota/periods/${view.period.id}/assignments`).send({ shiftId, staffId: top?.staffId, periodVersion: view.period.version });

    expect(response.status).toBe(201);
    const written = response.body as AssignmentWriteDto;
    expect(written.periodVersion).toBe(view.period.version + 1);
    expect(Array.isArray(written.warnings)).toBe(true);
    expect((await auditRowsAbout(api.database, written.assignment.id)).map((r) => [r.action, r.entity_type])).toEqual([['create', 'rota-assignment']]);
    const after = await planner(view.period.id);
    expect(after.assignments.map((a) => a.id)).toContain(written.assignment.id);
    expect(after.gaps.find((g) => g.shiftIds.includes(shiftId))?.assigned).toBe(aAndEGap(view).assigned + 1);
  });

  it('refuses a hard breach with 422, the rule explained and its violations, and writes nothing', async () => {
    const view = await planner(periodWith('draft').id);
    const evening = view.shifts.find((s) => s.shiftTypeId === eveningId());
    const workingThatDay = new Set(view.assignments.filter((a) => view.shifts.find((s) => s.id === a.shiftId)?.date === evening?.date).map((a) => a.staffId));
    const unskilled = view.staff.find((s) => !s.skills.includes('a-and-e-desk') && !workingThatDay.has(s.id));
    const before = await api.database.query<{ n: number }[]>('SELECT count(*)::int AS n FROM rota_assignment WHERE period_id = $1', [view.period.id]);

    const response = await manager.post(`/api/rota/periods/${view.period.id}/assignments`).send({ shiftId: evening?.id, staffId: unskilled?.id, periodVersion: view.period.version });

    expect(response.status).toBe(422);
    const problem = problemOf(response) as ReturnType<typeof problemOf> & { violations: { ruleId: string; severity: string }[] };
    expect(problem.violations.map((v) => [v.ruleId, v.severity])).toEqual([['required-skill', 'hard']]);
    expect(problem.detail).toMatch(/without the A&E records desk skill/);
    const after = await api.database.query<{ n: number }[]>('SELECT count(*)::int AS n FROM rota_assignment WHERE period_id = $1', [view.period.id]);
    expect(after).toEqual(before);
    expect((await planner(view.period.id)).period.version).toBe(view.period.version);
  });

  it('refuses a person on two overlapping shifts (no-overlap) with 422', async () => {
    const view = await planner(periodWith('draft').id);
    const late = rota.shiftTypes.find((t) => t.code === 'L')?.id;
    const pair = view.assignments
      .map((a) => ({ a, shift: view.shifts.find((s) => s.id === a.shiftId) }))
      .find(({ a, shift }) => shift?.shiftTypeId === late && view.staff.find((s) => s.id === a.staffId)?.skills.includes('a-and-e-desk'));
    const evening = view.shifts.find((s) => s.shiftTypeId === eveningId() && s.date === pair?.shift?.date);

    const response = await manager.post(`/api/rota/periods/${view.period.id}/assignments`).send({ shiftId: evening?.id, staffId: pair?.a.staffId, periodVersion: view.period.version });

    expect(response.status).toBe(422);
    expect((problemOf(response) as unknown as { violations: { ruleId: string }[] }).violations.map((v) => v.ruleId)).toContain('no-overlap');
  });

  it('lets exactly one of two planners writing with the same period version win; the other gets 409 with the current version', async () => {
    const view = await planner(periodWith('draft').id);
    const shiftId = view.gaps.find((g) => g.shortfallToIdeal > 0)?.shiftIds[0] ?? '';
    const ranked = ((await manager.get(`/api/rota/periods/${view.period.id}/shifts/${shiftId}/candidates`).expect(200)).body as CoverCandidates).candidates;
    const bodies = ranked.slice(0, 2).map((candidate) => ({ shiftId, staffId: candidate.staffId, periodVersion: view.period.version }));
    expect(bodies).toHaveLength(2);

    const responses = await Promise.all(bodies.map((body) => manager.post(`/api/rota/periods/${view.period.id}/assignments`).send(body)));

    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    const lost = responses.find((r) => r.status === 409);
    expect(lost && problemOf(lost).currentVersion).toBe(view.period.version + 1);
  });

  it('refuses someone who is not in the organisation, naming staffId, and writes nothing', async () => {
    const view = await planner(periodWith('draft').id);

    const response = await manager.post(`/api/rota/periods/${view.period.id}/assignments`).send({ shiftId: view.shifts[0]?.id, staffId: randomUUID(), periodVersion: view.period.version });

    expect(response.status).toBe(422);
    expect(fieldsNamedBy(response)).toEqual(['staffId']);
    expect((await planner(view.period.id)).period.version).toBe(view.period.version);
  });

  it('answers an officer 404 when they put someone outside their line on a shift', async () => {
    const view = await planner(periodWith('draft').id, officer);
    const outside = view.staff.find((s) => !s.inScope);

    const response = await officer.post(`/api/rota/periods/${view.period.id}/assignments`).send({ shiftId: view.shifts[0]?.id, staffId: outside?.id, periodVersion: view.period.version });

    expect(outside).toBeDefined();
    expect(response.status).toBe(404);
  });

  it('takes someone off a shift with the period version, and moves it on', async () => {
    const view = await planner(periodWith('draft').id);
    const assignment = view.assignments[0];

    const response = await manager.delete(`/api/rota/periods/${view.period.id}/assignments/${assignment?.id}`).query({ periodVersion: view.period.version });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ periodVersion: view.period.version + 1 });
  });

  it('needs a reason to change a published rota, and keeps the reason in the audit trail', async () => {
    const view = await planner(periodWith('published').id);
    const assignment = view.assignments[view.assignments.length - 1];

    const without = await manager.delete(`/api/rota/periods/${view.period.id}/assignments/${assignment?.id}`).query({ periodVersion: view.period.version });
    const withReason = await manager.delete(`/api/rota/periods/${view.period.id}/assignments/${assignment?.id}`).query({ periodVersion: view.period.version, reason: 'Off sick, cover arranged with the bank' });

    expect(without.status).toBe(422);
    expect(fieldsNamedBy(without)).toEqual(['reason']);
    expect(withReason.status).toBe(200);
    expect((await auditRowsAbout(api.database, assignment?.id ?? '')).map((r) => r.after?.reason)).toEqual(['Off sick, cover arranged with the bank']);
  });

  it('refuses to publish a draft with a hard breach, listing it, and publishes once it is put right', async () => {
    const view = await planner(periodWith('draft').id);
    const evening = view.shifts.find((s) => s.shiftTypeId === eveningId());
    const workingThatDay = new Set(view.assignments.filter((a) => view.shifts.find((s) => s.id === a.shiftId)?.date === evening?.date).map((a) => a.staffId));
    const unskilled = view.staff.find((s) => !s.skills.includes('a-and-e-desk') && !workingThatDay.has(s.id));
    // A breach the API would refuse, as an import or an older release might have left it.
    const [inserted] = await api.database.query<{ id: string }[]>(
      'INSERT INTO rota_assignment (organisation_id, period_id, shift_id, staff_member_id) VALUES ($1, $2, $3, $4) RETURNING id',
      [clinic.organisation.id, view.period.id, evening?.id, unskilled?.id],
    );

    const refused = await manager.post(`/api/rota/periods/${view.period.id}/publish`).send({ version: view.period.version });
    await api.database.query('DELETE FROM rota_assignment WHERE id = $1', [inserted?.id]);
    const published = await manager.post(`/api/rota/periods/${view.period.id}/publish`).send({ version: view.period.version });

    expect(refused.status).toBe(422);
    expect((problemOf(refused) as unknown as { violations: { ruleId: string; staffId: string }[] }).violations).toEqual([expect.objectContaining({ ruleId: 'required-skill', staffId: unskilled?.id })]);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', version: view.period.version + 1, publishedBy: clinic.accountOf('manager').displayName });
  });

  it('will not finalise a period before its last day, and reopens a published one with a reason', async () => {
    const period = (await planner(periodWith('draft').id)).period;

    const finalise = await manager.post(`/api/rota/periods/${period.id}/finalise`).send({ version: period.version });
    const noReason = await manager.post(`/api/rota/periods/${period.id}/reopen`).send({ version: period.version });
    const reopened = await manager.post(`/api/rota/periods/${period.id}/reopen`).send({ version: period.version, reason: 'Bank holiday cover to redo' });

    expect(finalise.status).toBe(422);
    expect(noReason.status).toBe(400);
    expect(fieldsNamedBy(noReason)).toEqual(['reason']);
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'draft', publishedAt: null });
  });

  it('shows staff only their own shifts, only from published periods, and no planner', async () => {
    const staff = await clinic.signInAs('staff');
    const own = clinic.staffRecordOf('staff').id;
    const published = periodWith('published');
    const expected = rota.assignments.filter((a) => a.staffId === own && a.periodId === published.id).length;

    const shifts = (await staff.get('/api/rota/me/shifts').query({ from: published.startDate, to: rota.periods.find((p) => p.status === 'draft')?.endDate }).expect(200)).body as { date: string; periodName: string }[];

    expect(shifts.length).toBeGreaterThan(0);
    expect(shifts.every((s) => s.periodName === published.name)).toBe(true);
    expect(shifts.length).toBeLessThanOrEqual(expected);
    expect((await staff.get(`/api/rota/periods/${published.id}/planner`)).status).toBe(403);
  });

  it('shows an officer absence details only for their line and nobody a sickness reason; a breach outside the line says only that the person is unavailable', async () => {
    const draft = periodWith('draft');
    const view = await planner(draft.id);
    const officerId = clinic.staffRecordOf('officer').id;
    const line = new Set([officerId, ...reportingLine(officerId, clinic.staff)]);
    const dateOf = new Map(view.shifts.map((s) => [s.id, s.date]));
    const works = (staffId: string, date: string) => view.assignments.some((a) => a.staffId === staffId && dateOf.get(a.shiftId) === date);
    const away = (staffId: string, date: string) => view.absences.some((a) => a.staffId === staffId && a.startDate <= date && a.endDate >= date);
    const freeDay = (staffId: string, working: boolean, except?: string) => view.dates.find((d) => d !== except && works(staffId, d) === working && !away(staffId, d));
    const outsider = view.staff.find((s) => !line.has(s.id) && freeDay(s.id, true) !== undefined && freeDay(s.id, false) !== undefined);
    const insider = view.staff.find((s) => line.has(s.id) && s.id !== officerId && freeDay(s.id, false) !== undefined);
    if (!outsider || !insider) throw new Error('No one to be away inside and outside the officer’s line');
    const worked = freeDay(outsider.id, true) ?? '';
    const record = async (staffId: string, kind: string, date: string, note?: string): Promise<AbsenceDto> =>
      (await manager.post('/api/rota/absences').send({ staffId, kind, startDate: date, endDate: date, ...(note ? { note } : {}) }).expect(201)).body as AbsenceDto;
    // Leave asked for on a day the outsider works (a breach of requested-absence), and two sicknesses with reasons on days off.
    const leave = await record(outsider.id, 'annual-leave', worked);
    const outsidersSickness = await record(outsider.id, 'sickness', freeDay(outsider.id, false, worked) ?? '', 'Migraine');
    const insidersSickness = await record(insider.id, 'sickness', freeDay(insider.id, false) ?? '', 'Back pain');

    const forManager = await planner(draft.id);
    const forOfficer = await planner(draft.id, officer);

    expect(forManager.absences.map((a) => a.id)).toEqual(expect.arrayContaining([leave.id, outsidersSickness.id, insidersSickness.id]));
    expect(forOfficer.absences.length).toBeGreaterThan(0);
    expect(forOfficer.absences.every((a) => line.has(a.staffId))).toBe(true);
    expect(forOfficer.absences.find((a) => a.id === insidersSickness.id)).toMatchObject({ kind: 'sickness', note: null });
    for (const view of [forManager, forOfficer]) expect(JSON.stringify(view)).not.toMatch(/Migraine|Back pain/);
    const breachOf = (of: PlannerDto) => of.violations.find((v) => v.ruleId === 'requested-absence' && v.staffId === outsider.id && v.date === worked);
    expect(breachOf(forManager)?.message).toMatch(/annual leave/);
    expect(breachOf(forOfficer)?.message).toMatch(/unavailable/);
    expect(JSON.stringify(forOfficer.violations.filter((v) => v.staffId !== null && !line.has(v.staffId)))).not.toMatch(/leave|sick|training|study/i);
  });
});
