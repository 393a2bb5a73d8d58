import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, type IsoDate } from '@recordroom/calendar';
import { type AbsenceDto, type AssignmentWriteDto, type MyShiftDto, type Page, type PlannerDto, type RotaPeriodDto, type ShiftTypeDto, type SwapDto, type SwapOptionsDto } from '@recordroom/contracts';
import { randomUUID } from 'node:crypto';
import { auditRowsAbout } from './support/database-rows.js';
import { fieldsNamedBy } from './support/problem-details.js';
import { pinnedRotaClock } from './support/rota-arrange.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/**
 * Staff asking for a swap from "my rota": which of my shifts can be offered, who could take one
 * (and which of their shifts I could take back) without breaking a hard rule, asking, seeing my
 * requests and withdrawing one. A trust of two departments, so the other one must stay unseen.
 */
describe('rota swaps asked for by staff', () => {
  let api: TestApp;
  let trust: TestOrganisation;
  let admin: Agent;
  let manager: Agent;
  let officer: Agent;
  let staff: Agent;
  let officeDay: ShiftTypeDto;
  let weeks = 0;

  const me = (): string => trust.staffRecordOf('staff').id;
  const myDepartment = (): string => trust.staffRecordOf('staff').departmentId;
  const colleagues = () => trust.staff.filter((s) => s.departmentId === myDepartment() && s.id !== me() && s.contractType !== 'bank');

  beforeAll(async () => {
    api = await startTestApp({}, pinnedRotaClock());
    trust = await seedTestOrganisation(api.app, { seed: 471, staffCount: 80 });
    [admin, manager, officer, staff] = await Promise.all([trust.signInAs('admin'), trust.signInAs('manager'), trust.signInAs('officer'), trust.signInAs('staff')]);
    const location = trust.locations.find((l) => l.departmentId === myDepartment() && l.kind === 'coding-office');
    officeDay = (await admin
      .post('/api/rota/shift-types')
      .send({ departmentId: myDepartment(), code: `S${randomUUID().slice(0, 5)}`, name: 'Office day', start: '09:00', end: '17:00', endsNextDay: false, unpaidBreakMinutes: 30, locationId: location?.id, requiredSkill: null })
      .expect(201)).body as ShiftTypeDto;
    for (const weekday of [1, 2, 3, 4, 5, 6, 7]) {
      await admin.post('/api/rota/cover-requirements').send({ departmentId: myDepartment(), locationId: officeDay.locationId, shiftTypeId: officeDay.id, appliesTo: { weekday }, minimum: 1, ideal: 3 }).expect(201);
    }
  });

  afterAll(async () => {
    await api.close();
  });

  /** A published week of office days, each its own week far ahead, with people put on days of it (day 0 is the first). */
  async function publishedWeek(
    on: { staffId: string; day: number }[],
    startDate: IsoDate = addDays(api.clock.today(), 7 * (40 + (weeks += 1))),
  ): Promise<{ period: RotaPeriodDto; dates: IsoDate[]; assignmentOf: (staffId: string, day: number) => string }> {
    let period = (await admin.post('/api/rota/periods').send({ departmentId: myDepartment(), name: `Swap week of ${startDate}`, startDate, endDate: addDays(startDate, 6) }).expect(201)).body as RotaPeriodDto;
    const planner = (await admin.get(`/api/rota/periods/${period.id}/planner`).expect(200)).body as PlannerDto;
    const ids = new Map<string, string>();
    for (const { staffId, day } of on) {
      const shift = planner.shifts.find((s) => s.date === addDays(startDate, day));
      const written = (await admin.post(`/api/rota/periods/${period.id}/assignments`).send({ shiftId: shift?.id, staffId, periodVersion: period.version }).expect(201)).body as AssignmentWriteDto;
      period = { ...period, version: written.periodVersion };
      ids.set(`${staffId}@${day}`, written.assignment.id);
    }
    period = (await admin.post(`/api/rota/periods/${period.id}/publish`).send({ version: period.version }).expect(200)).body as RotaPeriodDto;
    return { period, dates: planner.dates, assignmentOf: (staffId, day) => ids.get(`${staffId}@${day}`) ?? '' };
  }

  /** Approved leave for a person on one date (recorded by the manager, then approved by the admin: it may be the manager's own). */
  async function approvedLeave(staffId: string, date: IsoDate): Promise<void> {
    const asked = (await manager.post('/api/rota/absences').send({ staffId, kind: 'annual-leave', startDate: date, endDate: date }).expect(201)).body as AbsenceDto;
    if (asked.status !== 'approved') await admin.post(`/api/rota/absences/${asked.id}/decision`).send({ decision: 'approve', version: asked.version }).expect(200);
  }

  const options = async (assignmentId: string, agent: Agent = staff) => agent.get(`/api/rota/me/assignments/${assignmentId}/swap-options`);
  const myShifts = async (from: IsoDate, to: IsoDate): Promise<MyShiftDto[]> => (await staff.get('/api/rota/me/shifts').query({ from, to }).expect(200)).body as MyShiftDto[];

  it('lists my shifts with the assignment to offer, offerable while the rota is published and the shift still to come', async () => {
    const { dates, assignmentOf } = await publishedWeek([{ staffId: me(), day: 1 }]);

    const shifts = await myShifts(dates[0] ?? '', dates[6] ?? '');

    expect(shifts).toEqual([expect.objectContaining({ date: dates[1], assignmentId: assignmentOf(me(), 1), offerable: true, swapPending: false })]);
  });

  it('judges a shift still to come by the API’s clock: this morning’s has started, tomorrow’s can be offered', async () => {
    // The week starting today on the pinned clock (09:30 London), so tomorrow is already past by the machine's clock.
    const { dates, assignmentOf } = await publishedWeek([{ staffId: me(), day: 0 }, { staffId: me(), day: 1 }], api.clock.today());

    const shifts = await myShifts(dates[0] ?? '', dates[1] ?? '');
    const started = await options(assignmentOf(me(), 0));
    const tomorrow = await options(assignmentOf(me(), 1));

    expect(shifts.map((s) => [s.date, s.offerable])).toEqual([[dates[0], false], [dates[1], true]]);
    expect(started.status).toBe(422);
    expect(fieldsNamedBy(started)).toEqual(['assignmentId']);
    expect(tomorrow.status).toBe(200);
  });

  it('offers my shift only to colleagues of my department who could take it, ranked, with the shifts of theirs I could take back', async () => {
    const [onLeave, exchanger, other] = colleagues();
    if (!onLeave || !exchanger || !other) throw new Error('Too few colleagues');
    const { dates, assignmentOf } = await publishedWeek([
      { staffId: me(), day: 1 },
      { staffId: exchanger.id, day: 3 },
      { staffId: exchanger.id, day: 5 },
    ]);
    // A colleague on leave that day could not take it; I am on leave on day 5, so cannot take that one back.
    await approvedLeave(onLeave.id, dates[1] ?? '');
    await approvedLeave(me(), dates[5] ?? '');

    const response = await options(assignmentOf(me(), 1));

    expect(response.status).toBe(200);
    const body = response.body as SwapOptionsDto;
    expect(body.shift).toMatchObject({ assignmentId: assignmentOf(me(), 1), date: dates[1], shiftTypeCode: officeDay.code });
    const department = new Set(trust.staff.filter((s) => s.departmentId === myDepartment()).map((s) => s.id));
    expect(body.colleagues.length).toBeGreaterThan(0);
    expect(body.colleagues.every((c) => department.has(c.staffId) && c.staffId !== me())).toBe(true);
    expect(body.colleagues.map((c) => c.staffId)).not.toContain(onLeave.id);
    expect(body.colleagues.find((c) => c.staffId === exchanger.id)).toEqual({
      staffId: exchanger.id,
      name: `${exchanger.firstName} ${exchanger.lastName}`,
      takesWithoutExchange: true,
      exchanges: [expect.objectContaining({ assignmentId: assignmentOf(exchanger.id, 3), date: dates[3] })],
    });
    // Names and shifts only: nothing about anyone's leave, hours or skills.
    expect(Object.keys(body.colleagues[0] ?? {}).sort()).toEqual(['exchanges', 'name', 'staffId', 'takesWithoutExchange']);
    expect(JSON.stringify(body)).not.toMatch(/leave|absence/i);
  });

  it('answers 404 for a colleague’s shift, and refuses a colleague of another department naming the field', async () => {
    const [colleague] = colleagues();
    const stranger = trust.staff.find((s) => s.departmentId !== myDepartment());
    if (!colleague || !stranger) throw new Error('No colleague or stranger');
    const { assignmentOf } = await publishedWeek([{ staffId: colleague.id, day: 2 }]);

    await expect(options(assignmentOf(colleague.id, 2)).then((r) => r.status)).resolves.toBe(404);
    const offer = await staff.post('/api/rota/swaps').send({ fromAssignmentId: assignmentOf(colleague.id, 2), toStaffId: me() });
    expect(offer.status).toBe(404);
    // Offering my shift to someone in another department names the field, and writes nothing.
    const mine = await publishedWeek([{ staffId: me(), day: 2 }]);
    const outside = await staff.post('/api/rota/swaps').send({ fromAssignmentId: mine.assignmentOf(me(), 2), toStaffId: stranger.id });
    expect(outside.status).toBe(422);
    expect(fieldsNamedBy(outside)).toEqual(['toStaffId']);
  });

  it('refuses a swap that breaks a hard rule without telling staff the colleague’s reason', async () => {
    const [, , , onLeave] = colleagues();
    if (!onLeave) throw new Error('Too few colleagues');
    const { dates, assignmentOf } = await publishedWeek([{ staffId: me(), day: 4 }]);
    await approvedLeave(onLeave.id, dates[4] ?? '');

    const response = await staff.post('/api/rota/swaps').send({ fromAssignmentId: assignmentOf(me(), 4), toStaffId: onLeave.id });

    expect(response.status).toBe(422);
    expect(fieldsNamedBy(response)).toEqual(['toStaffId']);
    expect(response.text).not.toMatch(/leave/i);
  });

  it('lets me ask for an exchange, see it among my swaps, not offer the shift twice, and withdraw it; the shift is offerable again', async () => {
    const [, exchanger] = colleagues();
    if (!exchanger) throw new Error('Too few colleagues');
    const { dates, assignmentOf } = await publishedWeek([
      { staffId: me(), day: 1 },
      { staffId: exchanger.id, day: 2 },
    ]);
    const asked = await staff.post('/api/rota/swaps').send({ fromAssignmentId: assignmentOf(me(), 1), toStaffId: exchanger.id, toAssignmentId: assignmentOf(exchanger.id, 2), note: 'Hospital appointment' });
    expect(asked.status).toBe(201);
    const swap = asked.body as SwapDto;
    expect(swap).toMatchObject({ status: 'requested', from: { staffId: me(), date: dates[1] }, to: { staffId: exchanger.id, date: dates[2] } });

    const mine = (await staff.get('/api/rota/me/swaps').expect(200)).body as Page<SwapDto>;
    expect(mine.items.map((s) => s.id)).toContain(swap.id);
    expect((await myShifts(dates[0] ?? '', dates[6] ?? ''))[0]).toMatchObject({ offerable: false, swapPending: true });
    const twice = await staff.post('/api/rota/swaps').send({ fromAssignmentId: assignmentOf(me(), 1), toStaffId: exchanger.id });
    expect(twice.status).toBe(422);
    expect(fieldsNamedBy(twice)).toEqual(['fromAssignmentId']);
    await expect(options(assignmentOf(me(), 1)).then((r) => r.status)).resolves.toBe(422);

    // Only the requester (or a manager) withdraws it: an officer gets 404; an old version gets 409.
    await expect(officer.post(`/api/rota/swaps/${swap.id}/cancel`).send({ version: swap.version }).then((r) => r.status)).resolves.toBe(404);
    await expect(staff.post(`/api/rota/swaps/${swap.id}/cancel`).send({ version: swap.version + 1 }).then((r) => r.status)).resolves.toBe(409);
    const cancelled = await staff.post(`/api/rota/swaps/${swap.id}/cancel`).send({ version: swap.version });

    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ id: swap.id, status: 'cancelled', version: swap.version + 1 });
    expect((await auditRowsAbout(api.database, swap.id)).map((r) => r.action)).toEqual(['create', 'update']);
    expect((await myShifts(dates[0] ?? '', dates[6] ?? ''))[0]).toMatchObject({ offerable: true, swapPending: false });
    const again = await staff.post(`/api/rota/swaps/${swap.id}/cancel`).send({ version: swap.version + 1 });
    expect(again.status).toBe(422);
  });

  it('puts a swap asked for by staff in the manager’s queue, and approving it moves the shift', async () => {
    const [, , taker] = colleagues();
    if (!taker) throw new Error('Too few colleagues');
    const { period, assignmentOf } = await publishedWeek([{ staffId: me(), day: 6 }]);
    const offered = (await options(assignmentOf(me(), 6))).body as SwapOptionsDto;
    expect(offered.colleagues.map((c) => c.staffId)).toContain(taker.id);
    const swap = (await staff.post('/api/rota/swaps').send({ fromAssignmentId: assignmentOf(me(), 6), toStaffId: taker.id }).expect(201)).body as SwapDto;

    const queue = (await manager.get('/api/rota/swaps').query({ status: 'requested', pageSize: 200 }).expect(200)).body as Page<SwapDto>;
    expect(queue.items.map((s) => s.id)).toContain(swap.id);
    await manager.post(`/api/rota/swaps/${swap.id}/decision`).send({ decision: 'approve', version: swap.version }).expect(200);

    const planner = (await manager.get(`/api/rota/periods/${period.id}/planner`).expect(200)).body as PlannerDto;
    expect(planner.assignments.find((a) => a.id === assignmentOf(me(), 6))).toMatchObject({ staffId: taker.id, source: 'swap' });
  });
});
