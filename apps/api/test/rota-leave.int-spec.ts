import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FIRST_DATE_WITH_BANK_HOLIDAYS, LAST_DATE_WITH_BANK_HOLIDAYS, addDays } from '@recordroom/calendar';
import { type AbsenceDto, type Page, type PlannerDto, type SwapDto } from '@recordroom/contracts';
import { type DemoRota } from '@recordroom/demo-department';
import { reportingLine } from '@recordroom/people';
import { type LeaveRequestCheck } from '@recordroom/rota';
import { auditRowsAbout } from './support/database-rows.js';
import { fieldsNamedBy, problemOf } from './support/problem-details.js';
import { pinnedRotaClock, RotaArranger, seedTestRota } from './support/rota-arrange.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/** Leave and swaps over the demo rota: staff ask, managers and officers (for their line) decide. */
describe('rota leave and swaps', () => {
  let api: TestApp;
  let clinic: TestOrganisation;
  let rota: DemoRota;
  let manager: Agent;
  let officer: Agent;
  let staff: Agent;

  beforeAll(async () => {
    api = await startTestApp({}, pinnedRotaClock());
    clinic = await seedTestOrganisation(api.app, { seed: 431 });
    rota = await seedTestRota(api.database, clinic, 431, api.clock.today());
    [manager, officer, staff] = await Promise.all([clinic.signInAs('manager'), clinic.signInAs('officer'), clinic.signInAs('staff')]);
  });

  afterAll(async () => {
    await api.close();
  });

  const own = (): string => clinic.staffRecordOf('staff').id;
  const absenceRows = async (): Promise<number> =>
    (await api.database.query<{ n: number }[]>('SELECT count(*)::int AS n FROM absence WHERE staff_member_id = $1', [own()]))[0]?.n ?? 0;
  /** A fortnight far enough ahead to be clear of the demo's leave. */
  const farAhead = (days: number): string => addDays(api.clock.today(), 200 + days);

  it('lets a member of staff ask for leave for themselves, recorded as requested and audited', async () => {
    const response = await staff.post('/api/rota/absences').send({ kind: 'annual-leave', startDate: farAhead(0), endDate: farAhead(4), note: 'Family holiday' });

    expect(response.status).toBe(201);
    const absence = response.body as AbsenceDto;
    expect(absence).toMatchObject({ staffId: own(), status: 'requested', startDate: farAhead(0), endDate: farAhead(4), decidedBy: null });
    expect((await auditRowsAbout(api.database, absence.id)).map((r) => r.action)).toEqual(['create']);
    const mine = (await staff.get('/api/rota/me/absences').expect(200)).body as AbsenceDto[];
    expect(mine.map((a) => a.id)).toContain(absence.id);
  });

  it.each([
    { problem: 'ending before it starts', body: () => ({ kind: 'annual-leave', startDate: farAhead(20), endDate: farAhead(18) }), field: 'endDate' },
    { problem: 'overlapping their own leave', body: () => ({ kind: 'study', startDate: farAhead(3), endDate: farAhead(6) }), field: 'startDate' },
    { problem: 'with an unknown kind', body: () => ({ kind: 'holiday', startDate: farAhead(30), endDate: farAhead(30) }), field: 'kind' },
  ])('refuses leave $problem, naming $field, and writes nothing', async ({ body, field }) => {
    const before = await absenceRows();

    const response = await staff.post('/api/rota/absences').send(body());

    expect([400, 422]).toContain(response.status);
    expect(fieldsNamedBy(response)).toContain(field);
    expect(await absenceRows()).toBe(before);
  });

  it.each([
    { problem: 'ending 9999-12-31', body: () => ({ kind: 'annual-leave', startDate: farAhead(120), endDate: '9999-12-31' }), status: 400, field: 'endDate', message: `must be on or before ${LAST_DATE_WITH_BANK_HOLIDAYS}, the last date with bank-holiday data` },
    { problem: 'starting before the bank-holiday data', body: () => ({ kind: 'sickness', startDate: '2014-12-31', endDate: '2015-01-02' }), status: 400, field: 'startDate', message: `must be on or after ${FIRST_DATE_WITH_BANK_HOLIDAYS}, the first date with bank-holiday data` },
    { problem: 'of 367 days', body: () => ({ kind: 'sickness', startDate: '2029-06-01', endDate: '2030-06-02' }), status: 422, field: 'endDate', message: 'makes the absence longer than 366 days; record a longer absence as one absence a year' },
  ])('refuses leave $problem at once: $status naming $field, and writes nothing', async ({ body, status, field, message }) => {
    const before = await absenceRows();

    const response = await staff.post('/api/rota/absences').send(body());

    expect(response.status).toBe(status);
    expect(problemOf(response).errors).toEqual([{ field, message }]);
    expect(await absenceRows()).toBe(before);
  });

  describe('annual leave on days the person does not work', () => {
    /** Gives the member of staff a recorded working pattern for one test, or none, and puts back what they had. */
    const withPattern = async (weekdays: number[] | null, run: () => Promise<void>): Promise<void> => {
      const person = clinic.staffRecordOf('staff');
      const [saved] = await api.database.query<{ weekdays: number[] }[]>('SELECT weekdays FROM working_pattern WHERE staff_member_id = $1', [person.id]);
      const put = async (days: number[] | null | undefined): Promise<void> => {
        await api.database.query('DELETE FROM working_pattern WHERE staff_member_id = $1', [person.id]);
        if (days) await api.database.query('INSERT INTO working_pattern (staff_member_id, organisation_id, weekdays) VALUES ($1, $2, $3)', [person.id, clinic.organisation.id, days]);
      };
      await put(weekdays);
      try {
        await run();
      } finally {
        await put(saved?.weekdays);
      }
    };

    it.each([
      { problem: 'a Thursday and Friday for a Monday-to-Wednesday worker', weekdays: [1, 2, 3], startDate: '2030-03-07', endDate: '2030-03-08', says: 'days the person does not work (Thu 7 Mar 2030, Fri 8 Mar 2030)' },
      { problem: 'Good Friday alone for a Monday-to-Friday worker', weekdays: [1, 2, 3, 4, 5], startDate: '2030-04-19', endDate: '2030-04-19', says: 'public holidays, which are already given' },
      { problem: 'Good Friday to Easter Monday for a Monday-to-Friday worker', weekdays: [1, 2, 3, 4, 5], startDate: '2030-04-19', endDate: '2030-04-22', says: 'public holidays' },
    ])('refuses $problem: 422 naming startDate, nothing written', async ({ weekdays, startDate, endDate, says }) => {
      await withPattern(weekdays, async () => {
        const before = await absenceRows();

        const response = await staff.post('/api/rota/absences').send({ kind: 'annual-leave', startDate, endDate });

        expect(response.status).toBe(422);
        expect(fieldsNamedBy(response)).toEqual(['startDate']);
        expect(problemOf(response).errors?.[0]?.message).toContain(says);
        expect(await absenceRows()).toBe(before);
      });
    });

    it('takes a weekend or Good Friday from someone with no recorded pattern, whom the rota may roster any day', async () => {
      await withPattern(null, async () => {
        const weekend = await staff.post('/api/rota/absences').send({ kind: 'annual-leave', startDate: '2030-04-20', endDate: '2030-04-21' });
        const goodFriday = await staff.post('/api/rota/absences').send({ kind: 'annual-leave', startDate: '2030-04-19', endDate: '2030-04-19' });

        expect([weekend.status, goodFriday.status]).toEqual([201, 201]);
        for (const made of [weekend, goodFriday]) await staff.post(`/api/rota/absences/${(made.body as AbsenceDto).id}/cancel`).send({ version: (made.body as AbsenceDto).version }).expect(200);
      });
    });

    it('takes a part-timer’s leave over her days off when it includes one of her days, and sickness on any day', async () => {
      await withPattern([1, 2, 3], async () => {
        const week = await staff.post('/api/rota/absences').send({ kind: 'annual-leave', startDate: '2030-03-06', endDate: '2030-03-10' });
        const sick = await manager.post('/api/rota/absences').send({ staffId: own(), kind: 'sickness', startDate: '2030-03-14', endDate: '2030-03-14' });

        expect([week.status, sick.status]).toEqual([201, 201]);
        await staff.post(`/api/rota/absences/${(week.body as AbsenceDto).id}/cancel`).send({ version: (week.body as AbsenceDto).version }).expect(200);
        await manager.post(`/api/rota/absences/${(sick.body as AbsenceDto).id}/cancel`).send({ version: (sick.body as AbsenceDto).version }).expect(200);
      });
    });
  });

  it('takes leave of 366 days, the longest one absence may be', async () => {
    const response = await manager.post('/api/rota/absences').send({ staffId: clinic.staffRecordOf('officer').id, kind: 'sickness', startDate: '2029-06-01', endDate: '2030-06-01' });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ startDate: '2029-06-01', endDate: '2030-06-01' });
  });

  it('answers the check and the approval of leave stored before dates were bounded (ending 9999-12-31) with the endDate error, not a 500', async () => {
    const person = clinic.staffRecordOf('staff');
    const [stored] = await api.database.query<{ id: string }[]>(
      `INSERT INTO absence (organisation_id, department_id, staff_member_id, kind, status, start_date, end_date) VALUES ($1, $2, $3, 'annual-leave', 'requested', $4, '9999-12-31') RETURNING id`,
      [clinic.organisation.id, person.departmentId, person.id, farAhead(150)],
    );

    const check = await manager.get(`/api/rota/absences/${stored?.id}/check`);
    const approval = await manager.post(`/api/rota/absences/${stored?.id}/decision`).send({ decision: 'approve', version: 1 });

    expect(check.status).toBe(200);
    expect((check.body as LeaveRequestCheck).errors.map((e) => e.field)).toEqual(['endDate']);
    expect(approval.status).toBe(422);
    expect(fieldsNamedBy(approval)).toEqual(['endDate']);
  });

  it('answers a member of staff 404 when they ask for leave for a colleague', async () => {
    const colleague = clinic.staffRecordOf('officer').id;

    const response = await staff.post('/api/rota/absences').send({ staffId: colleague, kind: 'annual-leave', startDate: farAhead(40), endDate: farAhead(40) });

    expect(response.status).toBe(404);
  });

  it('shows the manager the requests waiting, checks one against the rota and approves it, which takes the person off its shifts', async () => {
    const draft = rota.periods.find((p) => p.status === 'draft');
    const shiftDates = new Map(rota.shifts.map((s) => [s.id, s.date]));
    const worked = rota.assignments.find((a) => a.periodId === draft?.id && a.staffId === own());
    const date = worked ? (shiftDates.get(worked.shiftId) ?? '') : '';
    const clear = !rota.absences.some((a) => a.staffId === own() && a.startDate <= date && a.endDate >= date);
    const asked = (await staff.post('/api/rota/absences').send({ kind: 'annual-leave', startDate: date, endDate: date }).expect(201)).body as AbsenceDto;

    const waiting = (await manager.get('/api/rota/absences').query({ status: 'requested', pageSize: 200 }).expect(200)).body as Page<AbsenceDto>;
    const check = (await manager.get(`/api/rota/absences/${asked.id}/check`).expect(200)).body as LeaveRequestCheck;
    const approved = await manager.post(`/api/rota/absences/${asked.id}/decision`).send({ decision: 'approve', version: asked.version });

    expect(clear).toBe(true);
    expect(waiting.items.map((a) => a.id)).toContain(asked.id);
    expect(check.withdrawnAssignments).toEqual([worked?.id]);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: clinic.accountOf('manager').displayName, version: 2 });
    const planner = (await manager.get(`/api/rota/periods/${draft?.id}/planner`).expect(200)).body as PlannerDto;
    expect(planner.assignments.map((a) => a.id)).not.toContain(worked?.id);
    expect(planner.absences.map((a) => a.id)).toContain(asked.id);
  });

  it('lets the requester cancel their own request, and answers a stale version 409', async () => {
    const asked = (await staff.post('/api/rota/absences').send({ kind: 'annual-leave', startDate: farAhead(60), endDate: farAhead(61) }).expect(201)).body as AbsenceDto;

    const stale = await staff.post(`/api/rota/absences/${asked.id}/cancel`).send({ version: asked.version + 1 });
    const cancelled = await staff.post(`/api/rota/absences/${asked.id}/cancel`).send({ version: asked.version });

    expect(stale.status).toBe(409);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
  });

  it('lets an officer decide leave only for their line: 404 for someone outside it', async () => {
    const line = reportingLine(clinic.staffRecordOf('officer').id, clinic.staff);
    const outsider = clinic.staff.find((s) => s.departmentId === clinic.staffRecordOf('officer').departmentId && !line.has(s.id) && s.id !== clinic.staffRecordOf('officer').id);
    const asked = (await manager.post('/api/rota/absences').send({ staffId: outsider?.id, kind: 'training', startDate: farAhead(80), endDate: farAhead(80) }).expect(201)).body as AbsenceDto;

    const decision = await officer.post(`/api/rota/absences/${asked.id}/decision`).send({ decision: 'approve', version: asked.version });
    const listed = (await officer.get('/api/rota/absences').query({ pageSize: 200 }).expect(200)).body as Page<AbsenceDto>;

    expect(decision.status).toBe(404);
    expect(listed.items.every((a) => line.has(a.staffId) || a.staffId === clinic.staffRecordOf('officer').id)).toBe(true);
    expect(listed.items.map((a) => a.id)).not.toContain(asked.id);
  });

  it('records sickness reported by a manager as approved', async () => {
    const response = await manager.post('/api/rota/absences').send({ staffId: own(), kind: 'sickness', startDate: farAhead(100), endDate: farAhead(101) });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'approved', kind: 'sickness' });
  });

  it('lists the demo swap requests, and lets staff offer only their own published shift', async () => {
    const listed = (await manager.get('/api/rota/swaps').expect(200)).body as Page<SwapDto>;
    const published = rota.periods.find((p) => p.status === 'published');
    const draft = rota.periods.find((p) => p.status === 'draft');
    const mineDraft = rota.assignments.find((a) => a.periodId === draft?.id && a.staffId === own());
    const someoneElses = rota.assignments.find((a) => a.periodId === published?.id && a.staffId !== own());

    const draftOffer = await staff.post('/api/rota/swaps').send({ fromAssignmentId: mineDraft?.id, toStaffId: clinic.staffRecordOf('officer').id });
    const othersOffer = await staff.post('/api/rota/swaps').send({ fromAssignmentId: someoneElses?.id, toStaffId: clinic.staffRecordOf('officer').id });

    expect(listed.total).toBe(rota.swaps.length);
    expect(listed.items.every((s) => s.status === 'requested')).toBe(true);
    expect(draftOffer.status).toBe(404);
    expect(othersOffer.status).toBe(404);
  });

  it('approves an exchange of shifts: both assignments move (source swap) and the period version moves on', async () => {
    const published = rota.periods.find((p) => p.status === 'published');
    const exchange = rota.swaps.find((s) => s.toAssignmentId !== null);
    const before = (await manager.get(`/api/rota/periods/${published?.id}/planner`).expect(200)).body as PlannerDto;
    const swap = ((await manager.get('/api/rota/swaps').expect(200)).body as Page<SwapDto>).items.find((s) => s.id === exchange?.id);

    const response = await manager.post(`/api/rota/swaps/${swap?.id}/decision`).send({ decision: 'approve', version: swap?.version });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'approved' });
    const after = (await manager.get(`/api/rota/periods/${published?.id}/planner`).expect(200)).body as PlannerDto;
    const moved = (id: string | null | undefined) => after.assignments.find((a) => a.id === id);
    expect(moved(exchange?.fromAssignmentId)).toMatchObject({ staffId: exchange?.toStaffId, source: 'swap' });
    expect(moved(exchange?.toAssignmentId)).toMatchObject({ staffId: exchange?.fromStaffId, source: 'swap' });
    expect(after.period.version).toBe(before.period.version + 1);
  });

  /**
   * An organisation of its own, with no demo rota: people ask for leave and offer shifts of their
   * own, and only someone else may decide (anyone up their line, the department manager, an admin).
   */
  describe('deciding needs someone other than the person asking', () => {
    let unit: TestOrganisation;
    let arranger: RotaArranger;
    const agents = new Map<'admin' | 'manager' | 'officer', Agent>();

    beforeAll(async () => {
      unit = await seedTestOrganisation(api.app, { seed: 433 });
      for (const role of ['admin', 'manager', 'officer'] as const) agents.set(role, await unit.signInAs(role));
      arranger = new RotaArranger(agentOf('admin'), unit, api.database, api.clock, 60);
    });

    function agentOf(role: 'admin' | 'manager' | 'officer'): Agent {
      const agent = agents.get(role);
      if (!agent) throw new Error(`No ${role} agent`);
      return agent;
    }
    const recordOf = (role: 'manager' | 'officer' | 'staff'): string => unit.staffRecordOf(role).id;
    const statusOf = async (table: 'absence' | 'swap_request', id: string): Promise<string | undefined> =>
      (await api.database.query<{ status: string }[]>(`SELECT status FROM ${table} WHERE id = $1`, [id]))[0]?.status;

    const cases = (['officer', 'manager'] as const).flatMap((role) => (['approve', 'decline'] as const).map((decision) => ({ role, decision })));

    it.each(cases)('refuses a $role deciding ($decision) their own leave request: 403 saying who decides, and it still waits', async ({ role, decision }) => {
      const asked = await arranger.requestedAbsence(recordOf(role), agentOf(role));

      const response = await agentOf(role).post(`/api/rota/absences/${asked.id}/decision`).send({ decision, version: asked.version });

      expect(asked.status).toBe('requested');
      expect(response.status).toBe(403);
      expect(problemOf(response).detail).toBe('You cannot decide your own leave request; your line manager or the department manager decides it.');
      expect(await statusOf('absence', asked.id)).toBe('requested');
      expect((await auditRowsAbout(api.database, asked.id)).map((r) => r.action)).toEqual(['create']);
    });

    it.each(cases)('refuses a $role deciding ($decision) a swap of their own shift: 403 saying who decides, and it still waits', async ({ role, decision }) => {
      const { assignmentId } = await arranger.publishedAssignment(recordOf(role));
      const offered = await agentOf(role).post('/api/rota/swaps').send({ fromAssignmentId: assignmentId, toStaffId: recordOf('staff') });
      expect(offered.status).toBe(201);
      const swap = offered.body as SwapDto;

      const response = await agentOf(role).post(`/api/rota/swaps/${swap.id}/decision`).send({ decision, version: swap.version });

      expect(response.status).toBe(403);
      expect(problemOf(response).detail).toBe('You cannot decide your own swap request; your line manager or the department manager decides it.');
      expect(await statusOf('swap_request', swap.id)).toBe('requested');
    });

    it('refuses an officer deciding a swap that hands a shift to them: 403, and it still waits', async () => {
      const { assignmentId } = await arranger.publishedAssignment(recordOf('staff'));
      const swap = (await agentOf('admin').post('/api/rota/swaps').send({ fromAssignmentId: assignmentId, toStaffId: recordOf('officer') }).expect(201)).body as SwapDto;

      const response = await agentOf('officer').post(`/api/rota/swaps/${swap.id}/decision`).send({ decision: 'approve', version: swap.version });

      expect(response.status).toBe(403);
      expect(problemOf(response).detail).toBe('You cannot decide a swap request you are part of; your line manager or the department manager decides it.');
      expect(await statusOf('swap_request', swap.id)).toBe('requested');
    });

    it('lets the department manager decide an officer’s leave and swap, and an admin the manager’s', async () => {
      const officersLeave = await arranger.requestedAbsence(recordOf('officer'), agentOf('officer'));
      const managersLeave = await arranger.requestedAbsence(recordOf('manager'), agentOf('manager'));
      const officersShift = await arranger.publishedAssignment(recordOf('officer'));
      const officersSwap = (await agentOf('officer').post('/api/rota/swaps').send({ fromAssignmentId: officersShift.assignmentId, toStaffId: recordOf('staff') }).expect(201)).body as SwapDto;

      const leaveByManager = await agentOf('manager').post(`/api/rota/absences/${officersLeave.id}/decision`).send({ decision: 'approve', version: officersLeave.version });
      const leaveByAdmin = await agentOf('admin').post(`/api/rota/absences/${managersLeave.id}/decision`).send({ decision: 'decline', version: managersLeave.version });
      const swapByManager = await agentOf('manager').post(`/api/rota/swaps/${officersSwap.id}/decision`).send({ decision: 'approve', version: officersSwap.version });

      expect([leaveByManager.status, leaveByAdmin.status, swapByManager.status]).toEqual([200, 200, 200]);
      expect(leaveByManager.body).toMatchObject({ status: 'approved', decidedBy: unit.accountOf('manager').displayName });
      expect(leaveByAdmin.body).toMatchObject({ status: 'declined', decidedBy: unit.accountOf('admin').displayName });
      expect(swapByManager.body).toMatchObject({ status: 'approved' });
    });

    it('still lets an officer withdraw their own leave request and their own swap', async () => {
      const asked = await arranger.requestedAbsence(recordOf('officer'), agentOf('officer'));
      const { assignmentId } = await arranger.publishedAssignment(recordOf('officer'));
      const swap = (await agentOf('officer').post('/api/rota/swaps').send({ fromAssignmentId: assignmentId, toStaffId: recordOf('staff') }).expect(201)).body as SwapDto;

      const leave = await agentOf('officer').post(`/api/rota/absences/${asked.id}/cancel`).send({ version: asked.version });
      const withdrawn = await agentOf('officer').post(`/api/rota/swaps/${swap.id}/cancel`).send({ version: swap.version });

      expect([leave.status, withdrawn.status]).toEqual([200, 200]);
      expect([(leave.body as AbsenceDto).status, (withdrawn.body as SwapDto).status]).toEqual(['cancelled', 'cancelled']);
    });
  });
});
