import { addDays, isoDateIn, type IsoDate } from '@recordroom/calendar';
import { type AbsenceDto, type AssignmentWriteDto, type PlannerDto, type RotaPeriodDto, type ShiftTypeDto, type SolveDto, type SolvePreviewDto, type SwapDto } from '@recordroom/contracts';
import { generateDemoRota, type DemoRota } from '@recordroom/demo-department';
import { randomUUID } from 'node:crypto';
import { type DataSource } from 'typeorm';
import { seedDemoRota } from '../../src/demo/seed-demo-rota.js';
import { FixedClock, type Clock } from '../../src/time/clock.js';
import { type Agent, type TestOrganisation } from './test-app.js';

/**
 * The time rota tests run at: a Wednesday morning in the third week of a four-week demo period, so
 * the demo rota (built around "today") and every date a test arranges are the same on any day the
 * suite runs. Pass it to startTestApp; each call is a clock of its own (a FixedClock can be moved).
 */
export function pinnedRotaClock(): FixedClock {
  return new FixedClock(new Date('2026-11-18T09:30:00Z'));
}

/** Today in London by the machine's clock, for the few tests not on a pinned clock. */
export function londonToday(): IsoDate {
  return isoDateIn(new Date(), 'Europe/London');
}

/**
 * The demo rota of a test organisation, built around `today` (the date the API reads), with every
 * rota id made fresh (the generator draws ids from the seed, and test files share one database).
 */
export async function seedTestRota(database: DataSource, organisation: TestOrganisation, seed: number, today: IsoDate): Promise<DemoRota> {
  const generated = generateDemoRota(organisation, { seed, referenceDate: today });
  const fresh = new Map<string, string>();
  const id = (old: string): string => {
    let mapped = fresh.get(old);
    if (!mapped) fresh.set(old, (mapped = randomUUID()));
    return mapped;
  };
  const rota: DemoRota = {
    shiftTypes: generated.shiftTypes.map((t) => ({ ...t, id: id(t.id) })),
    coverRequirements: generated.coverRequirements.map((c) => ({ ...c, id: id(c.id), shiftTypeId: id(c.shiftTypeId) })),
    workingPatterns: generated.workingPatterns,
    periods: generated.periods.map((p) => ({ ...p, id: id(p.id) })),
    shifts: generated.shifts.map((s) => ({ ...s, id: id(s.id), periodId: id(s.periodId), shiftTypeId: id(s.shiftTypeId) })),
    assignments: generated.assignments.map((a) => ({ ...a, id: id(a.id), periodId: id(a.periodId), shiftId: id(a.shiftId) })),
    absences: generated.absences.map((a) => ({ ...a, id: id(a.id) })),
    swaps: generated.swaps.map((w) => ({ ...w, id: id(w.id), fromAssignmentId: id(w.fromAssignmentId), toAssignmentId: w.toAssignmentId === null ? null : id(w.toAssignmentId) })),
  };
  await database.transaction((em) => seedDemoRota(em, rota));
  return rota;
}

let weeksAhead = 0;

/**
 * Arranges rota rows through the API as an organisation's admin: a shift type with weekday cover
 * (no skill needed, so anyone may work it), and draft periods a week long, each in a week of its
 * own years ahead, so any number can be made without overlapping. Rows go in the first department
 * unless another is named.
 */
export class RotaArranger {
  private shiftType: Promise<ShiftTypeDto> | undefined;

  constructor(
    private readonly admin: Agent,
    private readonly organisation: TestOrganisation,
    private readonly database: DataSource,
    /** The API's clock: every date is arranged from its today. */
    private readonly clock: Clock,
    /** Weeks from today of the first period this arranger makes; give each file its own range. */
    private readonly firstWeek: number,
    /** Which of the organisation's departments the rota rows go in. */
    private readonly departmentIndex = 0,
  ) {}

  get departmentId(): string {
    const department = this.organisation.departments[this.departmentIndex];
    if (!department) throw new Error(`The organisation has no department ${this.departmentIndex}`);
    return department.id;
  }

  /** A location of the first department of a kind. */
  location(kind: string): string {
    const location = this.organisation.locations.find((l) => l.departmentId === this.departmentId && l.kind === kind);
    if (!location) throw new Error(`No ${kind} location`);
    return location.id;
  }

  /** The office day shift type (09:00-17:00, no skill) with cover on every day of the week. */
  officeDay(): Promise<ShiftTypeDto> {
    this.shiftType ??= (async () => {
      const type = await this.created<ShiftTypeDto>('/api/rota/shift-types', {
        departmentId: this.departmentId,
        code: `T${randomUUID().slice(0, 6)}`,
        name: 'Office day',
        start: '09:00',
        end: '17:00',
        endsNextDay: false,
        unpaidBreakMinutes: 30,
        locationId: this.location('coding-office'),
        requiredSkill: null,
      });
      for (const weekday of [1, 2, 3, 4, 5, 6, 7]) {
        await this.created('/api/rota/cover-requirements', { departmentId: this.departmentId, locationId: type.locationId, shiftTypeId: type.id, appliesTo: { weekday }, minimum: 1, ideal: 2 });
      }
      return type;
    })();
    return this.shiftType;
  }

  /** A new draft week with an office day shift on each date. */
  async draftPeriod(): Promise<RotaPeriodDto> {
    await this.officeDay();
    weeksAhead += 1;
    const startDate = addDays(this.clock.today(), 7 * (this.firstWeek + weeksAhead));
    return this.created<RotaPeriodDto>('/api/rota/periods', { departmentId: this.departmentId, name: `Test week ${weeksAhead}`, startDate, endDate: addDays(startDate, 6) });
  }

  async planner(periodId: string): Promise<PlannerDto> {
    const response = await this.admin.get(`/api/rota/periods/${periodId}/planner`);
    if (response.status !== 200) throw new Error(`Planner gave ${response.status}: ${response.text}`);
    return response.body as PlannerDto;
  }

  /** A draft period with `staffId` on its first office day shift. */
  async periodWithAssignment(staffId: string): Promise<{ period: RotaPeriodDto; assignment: AssignmentWriteDto }> {
    const period = await this.draftPeriod();
    const planner = await this.planner(period.id);
    // The office day needs no skill; an organisation with a seeded rota also has shifts that do.
    const officeDay = await this.officeDay();
    const shift = planner.shifts.find((s) => s.shiftTypeId === officeDay.id) ?? planner.shifts[0];
    if (!shift) throw new Error('The period has no shifts');
    const assignment = await this.created<AssignmentWriteDto>(`/api/rota/periods/${period.id}/assignments`, { shiftId: shift.id, staffId, periodVersion: period.version });
    return { period: { ...period, version: assignment.periodVersion }, assignment };
  }

  /** A published period with `staffId` on its first office day shift. */
  async publishedAssignment(staffId: string): Promise<{ period: RotaPeriodDto; assignmentId: string }> {
    const { period, assignment } = await this.periodWithAssignment(staffId);
    const published = await this.ok<RotaPeriodDto>(this.admin.post(`/api/rota/periods/${period.id}/publish`).send({ version: period.version }));
    return { period: published, assignmentId: assignment.assignment.id };
  }

  /** A published period whose dates are past, written straight to the database (the API refuses a past start). */
  async pastPublishedPeriod(): Promise<{ id: string; version: number }> {
    const start = addDays(this.clock.today(), -60 - 7 * (this.firstWeek + (weeksAhead += 1)));
    const rows: { id: string; version: number }[] = await this.database.query(
      `INSERT INTO rota_period (organisation_id, department_id, name, start_date, end_date, status, published_at, published_by)
       VALUES ($1, $2, 'Past week', $3, $4, 'published', now(), 'Test') RETURNING id, version`,
      [this.organisation.organisation.id, this.departmentId, start, addDays(start, 6)],
    );
    const row = rows[0];
    if (!row) throw new Error('No period inserted');
    return row;
  }

  /** A requested absence for `staffId`, a day long, on a date no other arranged absence uses. */
  async requestedAbsence(staffId: string, by: Agent = this.admin): Promise<AbsenceDto> {
    weeksAhead += 1;
    const date = addDays(this.clock.today(), 7 * (this.firstWeek + weeksAhead) + 2);
    const response = await by.post('/api/rota/absences').send({ staffId, kind: 'annual-leave', startDate: date, endDate: date });
    if (response.status !== 201) throw new Error(`Arranging an absence gave ${response.status}: ${response.text}`);
    return response.body as AbsenceDto;
  }

  async swap(fromStaffId: string, toStaffId: string): Promise<SwapDto> {
    const { assignmentId } = await this.publishedAssignment(fromStaffId);
    return this.created<SwapDto>('/api/rota/swaps', { fromAssignmentId: assignmentId, toStaffId });
  }

  async shiftTypeVersion(id: string): Promise<number> {
    const response = await this.admin.get('/api/rota/shift-types').query({ departmentId: this.departmentId });
    const type = (response.body as ShiftTypeDto[]).find((t) => t.id === id);
    if (!type) throw new Error(`No shift type ${id}`);
    return type.version;
  }

  /** A queued solve of a new draft period (test apps run no solve workers unless asked). */
  async queuedSolve(): Promise<SolveDto> {
    const period = await this.draftPeriod();
    return this.created<SolveDto>(`/api/rota/periods/${period.id}/solves`, { periodVersion: period.version, timeLimitSeconds: 1 });
  }

  /** A solve finished with an empty preview (nothing to change), written straight to the database: ready to accept or reject. */
  async readySolve(): Promise<SolveDto> {
    const solve = await this.queuedSolve();
    const preview: SolvePreviewDto = {
      solveId: solve.id, periodId: solve.periodId, baseVersion: solve.baseVersion, outcome: 'solved', added: [], removed: [], changed: [], kept: 0,
      penalty: { total: 0, rules: 0, cost: 0 }, hardViolations: 0, byRule: [], byPerson: [], unfilledGaps: [], conflicts: [], iterations: 0, elapsedMs: 0,
    };
    await this.database.query(`UPDATE rota_solve SET status = 'ready', preview = $2, finished_at = now(), version = version + 1 WHERE id = $1`, [solve.id, JSON.stringify(preview)]);
    return { ...solve, status: 'ready', version: solve.version + 1 };
  }

  /** Removes an arranged period (and its shifts) straight from the database. */
  async deletePeriod(periodId: string): Promise<void> {
    await this.database.query('DELETE FROM rota_period WHERE id = $1', [periodId]);
  }

  async cancelAbsence(absence: AbsenceDto): Promise<void> {
    await this.ok(this.admin.post(`/api/rota/absences/${absence.id}/cancel`).send({ version: absence.version }));
  }

  async created<T>(path: string, body: object): Promise<T> {
    const response = await this.admin.post(path).send(body);
    if (response.status !== 201) throw new Error(`Arranging POST ${path} gave ${response.status}: ${response.text}`);
    return response.body as T;
  }

  private async ok<T>(request: PromiseLike<{ status: number; text: string; body: unknown }>): Promise<T> {
    const response = await request;
    if (response.status !== 200) throw new Error(`Arranging gave ${response.status}: ${response.text}`);
    return response.body as T;
  }
}
