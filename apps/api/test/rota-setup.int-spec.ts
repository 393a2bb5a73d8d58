import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LAST_DATE_WITH_BANK_HOLIDAYS, addDays, eachDate, isoWeekday } from '@recordroom/calendar';
import { type CoverRequirementDto, type PlannerDto, type RotaPeriodDto, type ShiftTypeDto } from '@recordroom/contracts';
import { auditRowsAbout } from './support/database-rows.js';
import { fieldsNamedBy, problemOf } from './support/problem-details.js';
import { pinnedRotaClock } from './support/rota-arrange.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/**
 * A manager sets up their department's rota from nothing: shift types, cover, a period whose
 * dated shifts follow the cover. Bad input names its field and writes nothing.
 */
describe('rota set-up: shift types, cover and periods', () => {
  let api: TestApp;
  let clinic: TestOrganisation;
  let manager: Agent;

  beforeAll(async () => {
    api = await startTestApp({}, pinnedRotaClock());
    clinic = await seedTestOrganisation(api.app, { seed: 411 });
    manager = await clinic.signInAs('manager');
  });

  afterAll(async () => {
    await api.close();
  });

  /** Today as the API reads it (pinned). */
  const today = () => api.clock.today();

  const location = (kind: string): string => clinic.locations.find((l) => l.kind === kind && l.departmentId === clinic.accountOf('manager').departmentId)?.id ?? '';
  const countIn = async (table: 'shift_type' | 'cover_requirement' | 'rota_period'): Promise<number> => {
    const rows = await api.database.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table} WHERE organisation_id = $1`, [clinic.organisation.id]);
    return rows[0]?.n ?? 0;
  };
  const anEvening = (overrides: object = {}): object => ({
    code: 'AE',
    name: 'A&E evening',
    start: '16:00',
    end: '00:30',
    endsNextDay: true,
    unpaidBreakMinutes: 30,
    locationId: location('a-and-e-records-desk'),
    requiredSkill: 'a-and-e-desk',
    ...overrides,
  });

  let evening: ShiftTypeDto;

  it('creates an A&E evening that ends the next day, paid for its wall clock less the break, and audits it', async () => {
    const response = await manager.post('/api/rota/shift-types').send(anEvening());

    expect(response.status).toBe(201);
    evening = response.body as ShiftTypeDto;
    expect(evening).toMatchObject({ code: 'AE', start: '16:00', end: '00:30', endsNextDay: true, paidMinutes: 480, locationName: 'A&E records desk', version: 1 });
    expect((await auditRowsAbout(api.database, evening.id)).map((row) => [row.action, row.entity_type])).toEqual([['create', 'shift-type']]);
    const listed = (await manager.get('/api/rota/shift-types').expect(200)).body as ShiftTypeDto[];
    expect(listed.map((t) => t.id)).toContain(evening.id);
  });

  it.each([
    { problem: 'ending before it starts without endsNextDay', body: { code: 'BAD1', start: '16:00', end: '00:30', endsNextDay: false }, field: 'end' },
    { problem: 'of zero length', body: { code: 'BAD2', start: '09:00', end: '09:00', endsNextDay: false }, field: 'end' },
    { problem: 'at another department’s location', body: { code: 'BAD3', locationId: '00000000-0000-4000-8000-000000000000' }, field: 'locationId' },
    { problem: 'with a time that is not HH:MM', body: { code: 'BAD4', start: '9am' }, field: 'start' },
  ])('refuses a shift type $problem, naming $field, and writes nothing', async ({ body, field }) => {
    const before = await countIn('shift_type');

    const response = await manager.post('/api/rota/shift-types').send(anEvening(body));

    expect([400, 422]).toContain(response.status);
    expect(fieldsNamedBy(response)).toContain(field);
    expect(await countIn('shift_type')).toBe(before);
  });

  it('changes a shift type with the version it read, and answers 409 with the current version to a stale one', async () => {
    const changed = await manager.patch(`/api/rota/shift-types/${evening.id}`).send({ version: 1, name: 'A&E evening desk' });
    const stale = await manager.patch(`/api/rota/shift-types/${evening.id}`).send({ version: 1, name: 'Late A&E' });

    expect(changed.status).toBe(200);
    expect((changed.body as ShiftTypeDto).version).toBe(2);
    expect(stale.status).toBe(409);
    expect(problemOf(stale).currentVersion).toBe(2);
  });

  let cover: CoverRequirementDto;

  it('asks for A&E evening cover on Saturdays, and refuses cover at an unknown location', async () => {
    const before = await countIn('cover_requirement');
    const unknown = await manager.post('/api/rota/cover-requirements').send({ locationId: '00000000-0000-4000-8000-000000000000', shiftTypeId: evening.id, appliesTo: { weekday: 6 }, minimum: 1, ideal: 2 });
    expect(unknown.status).toBe(422);
    expect(fieldsNamedBy(unknown)).toEqual(['locationId']);
    expect(await countIn('cover_requirement')).toBe(before);

    const created = await manager.post('/api/rota/cover-requirements').send({ locationId: evening.locationId, shiftTypeId: evening.id, appliesTo: { weekday: 6 }, minimum: 1, ideal: 2 });

    expect(created.status).toBe(201);
    cover = created.body as CoverRequirementDto;
    expect(cover).toMatchObject({ appliesTo: { weekday: 6 }, minimum: 1, ideal: 2, skillMix: [] });
  });

  it('refuses cover asked of a shift type at another of the department’s locations, which the planner could not read', async () => {
    const before = await countIn('cover_requirement');

    const elsewhere = await manager.post('/api/rota/cover-requirements').send({ locationId: location('records-library'), shiftTypeId: evening.id, appliesTo: { weekday: 5 }, minimum: 1, ideal: 1 });
    const moved = await manager.patch(`/api/rota/cover-requirements/${cover.id}`).send({ version: cover.version, locationId: location('records-library') });

    expect([elsewhere.status, moved.status]).toEqual([422, 422]);
    expect(fieldsNamedBy(elsewhere)).toEqual(['locationId']);
    expect(fieldsNamedBy(moved)).toEqual(['locationId']);
    expect(await countIn('cover_requirement')).toBe(before);
  });

  it('keeps a shift type at the location its cover is asked at', async () => {
    const current = (await manager.get('/api/rota/shift-types').expect(200)).body as ShiftTypeDto[];
    const version = current.find((t) => t.id === evening.id)?.version;

    const response = await manager.patch(`/api/rota/shift-types/${evening.id}`).send({ version, locationId: location('records-library') });

    expect(response.status).toBe(422);
    expect(fieldsNamedBy(response)).toEqual(['locationId']);
    const after = (await manager.get('/api/rota/shift-types').expect(200)).body as ShiftTypeDto[];
    expect(after.find((t) => t.id === evening.id)).toMatchObject({ locationId: evening.locationId, version });
  });

  it('refuses an ideal below the minimum, then changes and deletes cover by version', async () => {
    const belowMinimum = await manager.patch(`/api/rota/cover-requirements/${cover.id}`).send({ version: cover.version, ideal: 0 });
    expect(belowMinimum.status).toBe(422);
    expect(fieldsNamedBy(belowMinimum)).toEqual(['ideal']);

    const everyDay = [];
    for (const weekday of [1, 2, 3, 4, 5, 7]) {
      everyDay.push(await manager.post('/api/rota/cover-requirements').send({ locationId: evening.locationId, shiftTypeId: evening.id, appliesTo: { weekday }, minimum: 1, ideal: 1 }));
    }
    const changed = await manager.patch(`/api/rota/cover-requirements/${cover.id}`).send({ version: cover.version, ideal: 3 });

    expect(everyDay.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect((changed.body as CoverRequirementDto).ideal).toBe(3);
    const sunday = everyDay[5]?.body as CoverRequirementDto;
    expect((await manager.delete(`/api/rota/cover-requirements/${sunday.id}`).query({ version: 2 })).status).toBe(409);
    expect((await manager.delete(`/api/rota/cover-requirements/${sunday.id}`).query({ version: 1 })).status).toBe(204);
  });

  let period: RotaPeriodDto;

  it('creates a four-week period with an A&E evening on every date cover asks for one (not Sundays, whose cover went)', async () => {
    const startDate = addDays(today(), 14);
    const endDate = addDays(startDate, 27);

    const response = await manager.post('/api/rota/periods').send({ name: 'Next four weeks', startDate, endDate });

    expect(response.status).toBe(201);
    period = response.body as RotaPeriodDto;
    expect(period).toMatchObject({ status: 'draft', version: 1, publishedAt: null });
    const planner = (await manager.get(`/api/rota/periods/${period.id}/planner`).expect(200)).body as PlannerDto;
    expect(planner.shifts.map((s) => s.date).sort()).toEqual(eachDate(startDate, endDate).filter((d) => isoWeekday(d) !== 7));
    expect(planner.gaps.filter((g) => g.shortfall > 0)).toHaveLength(24);
  });

  it.each([
    { problem: 'starting in the past', body: () => ({ startDate: addDays(today(), -1), endDate: addDays(today(), 5) }), status: 422, field: 'startDate' },
    { problem: 'ending before it starts', body: () => ({ startDate: addDays(today(), 400), endDate: addDays(today(), 390) }), status: 422, field: 'endDate' },
    { problem: 'longer than 13 weeks', body: () => ({ startDate: addDays(today(), 400), endDate: addDays(today(), 500) }), status: 422, field: 'endDate' },
    { problem: 'overlapping another period', body: () => ({ startDate: addDays(period.startDate, 7), endDate: addDays(period.endDate, 7) }), status: 409, field: 'startDate' },
    { problem: 'with a date that is not a date', body: () => ({ startDate: '2027-02-30', endDate: '2027-03-01' }), status: 400, field: 'startDate' },
    { problem: 'ending after the last date with bank-holiday data', body: () => ({ startDate: addDays(LAST_DATE_WITH_BANK_HOLIDAYS, -27), endDate: addDays(LAST_DATE_WITH_BANK_HOLIDAYS, 1) }), status: 400, field: 'endDate' },
    { problem: 'ending 9999-12-31', body: () => ({ startDate: addDays(today(), 1000), endDate: '9999-12-31' }), status: 400, field: 'endDate' },
  ])('refuses a period $problem ($status naming $field) and writes nothing', async ({ body, status, field }) => {
    const before = await countIn('rota_period');

    const response = await manager.post('/api/rota/periods').send({ name: 'Bad', ...body() });

    expect(response.status).toBe(status);
    expect(fieldsNamedBy(response)).toContain(field);
    expect(await countIn('rota_period')).toBe(before);
  });

  it('lists periods newest first, and answers a department of another organisation with 404', async () => {
    const listed = (await manager.get('/api/rota/periods').expect(200)).body as RotaPeriodDto[];
    const admin = await clinic.signInAs('admin');

    expect(listed.map((p) => p.id)).toEqual([period.id]);
    expect((await admin.get('/api/rota/periods')).status).toBe(422);
    expect((await admin.get('/api/rota/periods').query({ departmentId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
  });

  it('creates a six-week period, and a period of exactly 13 weeks, but not one a day longer', async () => {
    const sixWeeksFrom = addDays(today(), 600);
    const thirteenWeeksFrom = addDays(today(), 700);

    const sixWeeks = await manager.post('/api/rota/periods').send({ name: 'Six weeks', startDate: sixWeeksFrom, endDate: addDays(sixWeeksFrom, 6 * 7 - 1) });
    const quarter = await manager.post('/api/rota/periods').send({ name: 'A quarter', startDate: thirteenWeeksFrom, endDate: addDays(thirteenWeeksFrom, 13 * 7 - 1) });
    const tooLong = await manager.post('/api/rota/periods').send({ name: 'Too long', startDate: addDays(today(), 900), endDate: addDays(today(), 900 + 13 * 7) });

    expect(sixWeeks.status).toBe(201);
    const planner = (await manager.get(`/api/rota/periods/${(sixWeeks.body as RotaPeriodDto).id}/planner`).expect(200)).body as PlannerDto;
    expect(planner.dates).toHaveLength(42);
    expect(quarter.status).toBe(201);
    expect(tooLong.status).toBe(422);
    expect(fieldsNamedBy(tooLong)).toEqual(['endDate']);
  });
});
