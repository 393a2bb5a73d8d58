import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, isoWeekday, type IsoDate } from '@recordroom/calendar';
import { type PlannerDto, type RotaPeriodDto, type ShiftTypeDto } from '@recordroom/contracts';
import ICAL from 'ical.js';
import { PlannedCoverService } from '../src/rota/planned-cover.service.js';
import { pinnedRotaClock } from './support/rota-arrange.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/** The next Sunday the UK clocks change (last Sunday of March or October), at least a week away. */
function nextClockChange(after: IsoDate): IsoDate {
  for (let year = Number(after.slice(0, 4)); ; year += 1) {
    for (const month of ['03', '10']) {
      let date = `${year}-${month}-31`;
      while (isoWeekday(date) !== 7) date = addDays(date, -1);
      if (date > addDays(after, 7)) return date;
    }
  }
}

interface CalendarEvent {
  summary: string;
  start: string;
  end: string;
}

function eventsOf(ics: string): CalendarEvent[] {
  return ics
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((block) => {
      const field = (name: string): string => new RegExp(`^${name}[;:](.*)$`, 'm').exec(block)?.[1]?.trim() ?? '';
      return { summary: field('SUMMARY'), start: field('DTSTART'), end: field('DTEND') };
    });
}

/**
 * A member of staff's calendar feed: their published shifts as VEVENTs in Europe/London wall
 * time, right across the night the clocks change, gone the moment the feed is revoked.
 */
describe('rota calendar feed', () => {
  let api: TestApp;
  let clinic: TestOrganisation;
  let manager: Agent;
  let staff: Agent;
  const clock = pinnedRotaClock();
  const change = nextClockChange(clock.today());
  const saturday = addDays(change, -1);
  const compact = (date: IsoDate): string => date.replaceAll('-', '');

  beforeAll(async () => {
    api = await startTestApp({}, clock);
    clinic = await seedTestOrganisation(api.app, { seed: 441 });
    [manager, staff] = await Promise.all([clinic.signInAs('manager'), clinic.signInAs('staff')]);
    const desk = clinic.locations.find((l) => l.kind === 'a-and-e-records-desk' && l.departmentId === clinic.accountOf('manager').departmentId)?.id;
    const type = async (body: object): Promise<ShiftTypeDto> => (await manager.post('/api/rota/shift-types').send({ unpaidBreakMinutes: 30, locationId: desk, requiredSkill: null, ...body }).expect(201)).body as ShiftTypeDto;
    const evening = await type({ code: 'AE', name: 'A&E evening', start: '16:00', end: '00:30', endsNextDay: true });
    const late = await type({ code: 'L', name: 'Late', start: '12:00', end: '20:00', endsNextDay: false });
    await manager.post('/api/rota/cover-requirements').send({ locationId: desk, shiftTypeId: evening.id, appliesTo: { weekday: 6 }, minimum: 1, ideal: 1 }).expect(201);
    await manager.post('/api/rota/cover-requirements').send({ locationId: desk, shiftTypeId: late.id, appliesTo: { weekday: 7 }, minimum: 1, ideal: 1 }).expect(201);

    // The week of the clock change, published with the staff member on both shifts; the week after stays a draft.
    const week = async (startDate: IsoDate): Promise<PlannerDto> => {
      const period = (await manager.post('/api/rota/periods').send({ name: `Week of ${startDate}`, startDate, endDate: addDays(startDate, 6) }).expect(201)).body as RotaPeriodDto;
      let version = period.version;
      const planner = (await manager.get(`/api/rota/periods/${period.id}/planner`).expect(200)).body as PlannerDto;
      for (const shift of planner.shifts) {
        const written = await manager.post(`/api/rota/periods/${period.id}/assignments`).send({ shiftId: shift.id, staffId: clinic.staffRecordOf('staff').id, periodVersion: version }).expect(201);
        version = (written.body as { periodVersion: number }).periodVersion;
      }
      return { ...planner, period: { ...planner.period, version } };
    };
    const published = await week(addDays(change, -6));
    await week(addDays(change, 1));
    await manager.post(`/api/rota/periods/${published.period.id}/publish`).send({ version: published.period.version }).expect(200);
  });

  afterAll(async () => {
    await api.close();
  });

  const feedPath = async (agent: Agent = staff): Promise<string> => {
    const response = await agent.post('/api/rota/me/calendar-feed');
    expect(response.status).toBe(201);
    return new URL((response.body as { url: string }).url).pathname;
  };

  it('serves the published shifts as VEVENTs in London wall time across the clock change, with the Europe/London rules', async () => {
    const response = await staff.get(await feedPath());

    expect(response.status).toBe(200);
    expect(response.get('Content-Type')).toMatch(/^text\/calendar/);
    const ics = response.text;
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London');
    expect(ics).toMatch(/RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU/);
    expect(ics).toMatch(/RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU/);
    expect(eventsOf(ics)).toEqual([
      { summary: 'A&E evening (AE)', start: `TZID=Europe/London:${compact(saturday)}T160000`, end: `TZID=Europe/London:${compact(change)}T003000` },
      { summary: 'Late (L)', start: `TZID=Europe/London:${compact(change)}T120000`, end: `TZID=Europe/London:${compact(change)}T200000` },
    ]);
  });

  it('reads right in a calendar app: ical.js (Mozilla’s parser) puts each shift at its real instant either side of the change', async () => {
    const ics = (await staff.get(await feedPath()).expect(200)).text;

    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const instants = calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return { summary: event.summary, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString() };
    });

    // UK rules: BST (+01:00) from the last Sunday of March, GMT from the last Sunday of October,
    // both at 01:00 UTC; so 00:30 on the change night is still on the evening's side of it.
    const [before, after] = change.slice(5, 7) === '03' ? ['+00:00', '+01:00'] : ['+01:00', '+00:00'];
    const at = (date: IsoDate, time: string, offset: string): string => new Date(`${date}T${time}:00${offset}`).toISOString();
    expect(instants).toEqual([
      { summary: 'A&E evening (AE)', start: at(saturday, '16:00', before), end: at(change, '00:30', before) },
      { summary: 'Late (L)', start: at(change, '12:00', after), end: at(change, '20:00', after) },
    ]);
  });

  it('says a feed exists without repeating its secret URL', async () => {
    await feedPath();

    const response = await staff.get('/api/rota/me/calendar-feed');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ url: null, createdAt: expect.any(String) as unknown });
  });

  it('stops an old URL when a new one is made, and answers 404 once revoked', async () => {
    const first = await feedPath();
    const second = await feedPath();

    const replaced = await staff.get(first);
    const current = await staff.get(second);
    await staff.delete('/api/rota/me/calendar-feed').expect(204);
    const revoked = await staff.get(second);

    expect([replaced.status, current.status, revoked.status]).toEqual([404, 200, 404]);
    expect((await staff.get('/api/rota/me/calendar-feed').expect(200)).body).toBeNull();
  });

  it('lets a manager revoke a person’s feed (a lost phone), and a stranger’s token is 404', async () => {
    const path = await feedPath();

    await manager.delete(`/api/rota/staff/${clinic.staffRecordOf('staff').id}/calendar-feed`).expect(204);

    expect((await staff.get(path)).status).toBe(404);
    expect((await staff.get(`/api/rota/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
  });

  it('shows the staff member their shifts in the app as well, but not the draft week', async () => {
    const shifts = (await staff.get('/api/rota/me/shifts').query({ from: addDays(change, -6), to: addDays(change, 7) }).expect(200)).body as { date: string }[];

    expect(shifts.map((s) => s.date)).toEqual([saturday, change]);
  });

  it('gives the KPI module planned cover by weekday and hour from the published week: half a person for the 00:00-00:30 tail', async () => {
    const grid = await api.app.get(PlannedCoverService).byWeekdayHour({ organisationId: clinic.organisation.id, departmentId: clinic.accountOf('manager').departmentId ?? '' }, addDays(change, -6), change);

    const onDuty = (weekday: number, hours: number[]): number[] => hours.map((hour) => grid[weekday - 1]?.[hour] ?? -1);
    expect(grid).toHaveLength(7);
    expect(onDuty(6, [15, 16, 23])).toEqual([0, 1, 1]);
    expect(onDuty(7, [0, 1, 11, 12, 19, 20])).toEqual([0.5, 0, 0, 1, 1, 0]);
    expect(onDuty(1, [9])).toEqual([0]);
  });
});
