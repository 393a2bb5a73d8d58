import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Page, type PlannerDto, type RotaPeriodDto, type SolveAcceptedDto, type SolveDto, type SolvePersonChangesDto, type SolvePreviewSummaryDto, type SolveStatus, type StartSolveBody } from '@recordroom/contracts';
import { DEMO_PASSWORD, type DemoRota } from '@recordroom/demo-department';
import request from 'supertest';
import { type RunningDatabase } from '../src/database/embedded-postgres-server.js';
import { auditRowsAbout } from './support/database-rows.js';
import { createOwnDatabase } from './support/own-database.js';
import { problemOf } from './support/problem-details.js';
import { pinnedRotaClock, RotaArranger, seedTestRota } from './support/rota-arrange.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

const FINISHED: readonly SolveStatus[] = ['ready', 'infeasible', 'cancelled', 'failed', 'accepted', 'rejected'];

/** Polls a solve until `done` holds of it (the test's timeout bounds the wait; nothing here is timed). */
async function waitFor(agent: Agent, id: string, done: (s: SolveDto) => boolean): Promise<SolveDto> {
  for (;;) {
    const solve = (await agent.get(`/api/rota/solves/${id}`).expect(200)).body as SolveDto;
    if (done(solve)) return solve;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
const finished = (s: SolveDto): boolean => FINISHED.includes(s.status);

/** Every person's changes in a preview, read a page of `pageSize` people at a time. */
async function allChanges(agent: Agent, id: string, pageSize = 5): Promise<SolvePersonChangesDto[]> {
  const people: SolvePersonChangesDto[] = [];
  for (let page = 1; ; page += 1) {
    const body = (await agent.get(`/api/rota/solves/${id}/changes`).query({ page, pageSize }).expect(200)).body as Page<SolvePersonChangesDto>;
    expect(body).toMatchObject({ page, pageSize });
    expect(body.items.length).toBeLessThanOrEqual(pageSize);
    people.push(...body.items);
    if (page * pageSize >= body.total) return people;
  }
}

/** The organisation's manager signed in on another app (the organisation's own agents talk to the app that seeded it). */
async function managerOn(app: TestApp, organisation: TestOrganisation): Promise<Agent> {
  const agent = request.agent(app.server);
  await agent.post('/api/auth/sign-in').send({ email: organisation.accountOf('manager').email, password: DEMO_PASSWORD }).expect(200);
  return agent;
}

/**
 * Auto-rostering jobs against PostgreSQL and pg-boss: a manager starts a solve of the demo
 * department's draft period, watches its progress, reads the preview and accepts it (the rota
 * changes, audited) or rejects it; cancels one; a stale accept is refused; pins that break a hard
 * rule are reported as infeasible; a restart fails what was running; nobody out of scope sees any.
 */
describe('auto-rostering solves', () => {
  let api: TestApp;
  let clinic: TestOrganisation;
  let rota: DemoRota;
  let manager: Agent;
  let admin: Agent;

  beforeAll(async () => {
    api = await startTestApp({ RECORDROOM_SOLVE_WORKERS: '1' }, pinnedRotaClock());
    clinic = await seedTestOrganisation(api.app, { seed: 611, staffCount: 80 });
    rota = await seedTestRota(api.database, clinic, 611, api.clock.today());
    [manager, admin] = await Promise.all([clinic.signInAs('manager'), clinic.signInAs('admin')]);
  });

  afterAll(async () => {
    await api.close();
  });

  const draft = (): DemoRota['periods'][number] => {
    const period = rota.periods.find((p) => p.status === 'draft');
    if (!period) throw new Error('No draft period');
    return period;
  };
  const planner = async (periodId: string, agent: Agent = manager): Promise<PlannerDto> => (await agent.get(`/api/rota/periods/${periodId}/planner`).expect(200)).body as PlannerDto;
  const start = async (periodId: string, body: Partial<StartSolveBody> = {}, agent: Agent = manager): Promise<SolveDto> => {
    const version = (await planner(periodId, agent)).period.version;
    const response = await agent.post(`/api/rota/periods/${periodId}/solves`).send({ periodVersion: version, timeLimitSeconds: 2, ...body });
    expect(response.status).toBe(201);
    return response.body as SolveDto;
  };

  it('runs a solve of the gaps: progress, a preview with every gap filled it could, and accepting puts the assignments on the rota with audit rows', async () => {
    const before = await planner(draft().id);
    const queued = await start(draft().id, { mode: 'fill-gaps', timeLimitSeconds: 3, seed: 7 });
    expect(queued).toMatchObject({ status: 'queued', mode: 'fill-gaps', seed: 7, timeLimitSeconds: 3, baseVersion: before.period.version, jobId: queued.id });

    const ready = await waitFor(manager, queued.id, finished);
    expect(ready.status).toBe('ready');
    expect(ready.progress).toMatchObject({ timeLimitMs: 3000, hardUnits: 0 });
    expect(ready.progress?.iterations).toBeGreaterThan(0);
    expect(ready.progress?.bestPenalty).not.toBeNull();
    const jobs: { state: string }[] = await api.database.query('SELECT state FROM pgboss.job WHERE id = $1', [queued.id]);
    expect(jobs).toEqual([{ state: 'completed' }]);

    const preview = (await manager.get(`/api/rota/solves/${queued.id}/preview`).expect(200)).body as SolvePreviewSummaryDto;
    expect(preview.outcome).toBe('solved');
    expect(preview.hardViolations).toBe(0);
    expect(preview.counts.added).toBeGreaterThan(0);
    expect(preview.counts).toMatchObject({ removed: 0, moved: 0 });
    // Kept: this period's assignments and those of its neighbours the rules look across (rest, weekly hours).
    expect(preview.kept).toBeGreaterThanOrEqual(before.assignments.length);
    expect(preview).not.toHaveProperty('added');
    expect(preview.byRule.every((r) => r.severity === 'soft')).toBe(true);
    for (const gap of preview.unfilledGaps) expect(gap.candidates.length).toBeGreaterThan(0);

    // The changes, a page of people at a time: each person once, by name, every change a shift put on within the period.
    const people = await allChanges(manager, queued.id);
    expect(people).toHaveLength(preview.counts.people);
    expect(new Set(people.map((p) => p.staffId)).size).toBe(people.length);
    expect(people.map((p) => p.name)).toEqual([...people.map((p) => p.name)].sort((x, y) => x.localeCompare(y, 'en-GB')));
    const changes = people.flatMap((p) => p.changes.map((c) => ({ ...c, staffId: p.staffId, name: p.name })));
    expect(changes).toHaveLength(preview.counts.added);
    expect(changes.every((c) => c.kind === 'on' && c.from === null && c.to !== null && c.name.length > 0 && c.to.shiftTypeCode.length > 0 && c.date >= before.period.startDate && c.date <= before.period.endDate)).toBe(true);
    const one = people[0]!;
    expect(((await manager.get(`/api/rota/solves/${queued.id}/changes`).query({ staffId: one.staffId }).expect(200)).body as Page<SolvePersonChangesDto>)).toMatchObject({ total: 1, items: [one] });
    const badPage = await manager.get(`/api/rota/solves/${queued.id}/changes`).query({ pageSize: 500 });
    expect(badPage.status).toBe(400);
    expect(problemOf(badPage).errors?.map((e) => e.field)).toEqual(['pageSize']);

    const accepted = (await manager.post(`/api/rota/solves/${queued.id}/accept`).send({ version: ready.version }).expect(200)).body as SolveAcceptedDto;
    expect(accepted).toMatchObject({ added: preview.counts.added, removed: 0, periodVersion: before.period.version + 1, solve: { status: 'accepted' } });
    const after = await planner(draft().id);
    expect(after.assignments).toHaveLength(before.assignments.length + preview.counts.added);
    const onRota = new Set(after.assignments.map((a) => `${a.staffId}|${a.shiftId}|${a.source}`));
    expect(changes.every((c) => onRota.has(`${c.staffId}|${c.to?.shiftId}|auto`))).toBe(true);
    expect(after.violations.filter((v) => v.severity === 'hard')).toEqual([]);
    const auto = after.assignments.filter((a) => a.source === 'auto');
    expect((await auditRowsAbout(api.database, auto[0]!.id)).map((r) => [r.action, r.entity_type, r.after?.solveId])).toEqual([['create', 'rota-assignment', queued.id]]);
    expect((await auditRowsAbout(api.database, queued.id)).map((r) => [r.action, r.after?.status ?? 'start'])).toEqual([['create', 'start'], ['update', 'accepted']]);
    // Accepted once: a second accept is refused and changes nothing.
    expect((await manager.post(`/api/rota/solves/${queued.id}/accept`).send({ version: accepted.solve.version })).status).toBe(409);
  });

  it('re-rosters the whole period around pinned assignments, and a rejected preview changes nothing', async () => {
    const before = await planner(draft().id);
    const pinned = before.assignments.slice(0, 3).map((a) => a.id);
    const solve = await start(draft().id, { mode: 'whole-period', pinnedAssignmentIds: pinned, timeLimitSeconds: 2 });
    const ready = await waitFor(manager, solve.id, finished);
    expect(ready.status).toBe('ready');
    const preview = (await manager.get(`/api/rota/solves/${solve.id}/preview`).expect(200)).body as SolvePreviewSummaryDto;
    const changes = (await allChanges(manager, solve.id, 50)).flatMap((p) => p.changes);
    const removed = new Set(changes.flatMap((c) => (c.from ? [c.from.assignmentId] : [])));
    expect(removed.size).toBe(preview.counts.removed);
    expect(changes.filter((c) => c.kind === 'moved')).toHaveLength(preview.counts.moved);
    expect(changes.filter((c) => c.to !== null)).toHaveLength(preview.counts.added);
    expect(pinned.some((id) => removed.has(id))).toBe(false);
    for (const change of changes) expect([change.kind, change.from !== null, change.to !== null]).toEqual(change.kind === 'moved' ? ['moved', true, true] : change.kind === 'on' ? ['on', false, true] : ['off', true, false]);

    const rejected = (await manager.post(`/api/rota/solves/${solve.id}/reject`).send({ version: ready.version }).expect(200)).body as SolveDto;
    expect(rejected.status).toBe('rejected');
    expect((await planner(draft().id)).assignments).toEqual(before.assignments);
    expect((await manager.post(`/api/rota/solves/${solve.id}/accept`).send({ version: rejected.version })).status).toBe(409);
  });

  it('allows one solve of a period at a time, and cancels a running one', async () => {
    const solve = await start(draft().id, { mode: 'whole-period', timeLimitSeconds: 120 });
    const version = (await planner(draft().id)).period.version;
    const second = await manager.post(`/api/rota/periods/${draft().id}/solves`).send({ periodVersion: version });
    expect(second.status).toBe(409);
    expect(problemOf(second).detail).toMatch(/already under way/);

    await waitFor(manager, solve.id, (s) => s.status === 'running' && s.progress !== null);
    await manager.post(`/api/rota/solves/${solve.id}/cancel`).expect(200);
    const cancelled = await waitFor(manager, solve.id, finished);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.progress?.elapsedMs).toBeLessThan(120_000);
    expect((await manager.post(`/api/rota/solves/${solve.id}/cancel`)).status).toBe(409);
  });

  it('refuses to accept a preview of a rota that changed since the solve read it (409), applying nothing', async () => {
    const solve = await start(draft().id, { mode: 'fill-gaps', timeLimitSeconds: 1 });
    const ready = await waitFor(manager, solve.id, finished);
    expect(ready.status).toBe('ready');
    const view = await planner(draft().id);
    const shift = view.shifts.find((s) => s.date === view.period.startDate)!;
    const assignment = view.assignments.find((a) => a.shiftId === shift.id)!;
    await manager.delete(`/api/rota/periods/${draft().id}/assignments/${assignment.id}`).query({ periodVersion: view.period.version }).expect(200);
    const changed = await planner(draft().id);

    const response = await manager.post(`/api/rota/solves/${solve.id}/accept`).send({ version: ready.version });
    expect(response.status).toBe(409);
    expect(problemOf(response).currentVersion).toBe(changed.period.version);
    expect(await planner(draft().id)).toEqual(changed);
    expect(((await manager.get(`/api/rota/solves/${solve.id}`).expect(200)).body as SolveDto).status).toBe('ready');
  });

  it('applies nothing of a preview whose accept fails part-way, and the same preview is accepted afterwards: one transaction', async () => {
    const solve = await start(draft().id, { mode: 'whole-period', timeLimitSeconds: 2, seed: 3 });
    const ready = await waitFor(manager, solve.id, finished);
    expect(ready.status).toBe('ready');
    const preview = (await manager.get(`/api/rota/solves/${solve.id}/preview`).expect(200)).body as SolvePreviewSummaryDto;
    expect(preview.counts.added + preview.counts.removed).toBeGreaterThan(0);
    const before = await planner(draft().id);
    const auditRows = async (): Promise<number> => (await api.database.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_event WHERE after->>'solveId' = $1 OR entity_id = $1`, [solve.id]))[0]!.n;
    const auditBefore = await auditRows();
    // The accept's last write is the audit row of the decision, after every assignment and its audit row: the database refuses it.
    await api.database.query(`CREATE FUNCTION refuse_solve_decision() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.entity_type = 'rota-solve' AND NEW.after->>'status' = 'accepted' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await api.database.query('CREATE TRIGGER refuse_solve_decision BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION refuse_solve_decision()');
    try {
      const refused = await manager.post(`/api/rota/solves/${solve.id}/accept`).send({ version: ready.version });
      expect(refused.status).toBeGreaterThanOrEqual(500);
    } finally {
      await api.database.query('DROP TRIGGER refuse_solve_decision ON audit_event');
      await api.database.query('DROP FUNCTION refuse_solve_decision()');
    }
    expect(await planner(draft().id)).toEqual(before);
    expect(await auditRows()).toBe(auditBefore);
    expect(((await manager.get(`/api/rota/solves/${solve.id}`).expect(200)).body as SolveDto)).toMatchObject({ status: 'ready', version: ready.version });

    const accepted = (await manager.post(`/api/rota/solves/${solve.id}/accept`).send({ version: ready.version }).expect(200)).body as SolveAcceptedDto;
    expect(accepted).toMatchObject({ added: preview.counts.added, removed: preview.counts.removed, periodVersion: before.period.version + 1 });
    expect((await planner(draft().id)).assignments).toHaveLength(before.assignments.length + preview.counts.added - preview.counts.removed);
  });

  it('reports pins that break a hard rule as infeasible, naming the rule, and will not accept it', async () => {
    const view = await planner(draft().id);
    const assignment = view.assignments[0]!;
    const shift = view.shifts.find((s) => s.id === assignment.shiftId)!;
    // Leave approved behind the planner's back: the kept assignment now falls on it.
    await api.database.query(
      `INSERT INTO absence (organisation_id, department_id, staff_member_id, kind, status, start_date, end_date) VALUES ($1, $2, $3, 'annual-leave', 'approved', $4, $4)`,
      [clinic.organisation.id, view.period.departmentId, assignment.staffId, shift.date],
    );
    const solve = await start(draft().id, { mode: 'fill-gaps', timeLimitSeconds: 1 });
    const done = await waitFor(manager, solve.id, finished);
    expect(done.status).toBe('infeasible');
    const preview = (await manager.get(`/api/rota/solves/${solve.id}/preview`).expect(200)).body as SolvePreviewSummaryDto;
    expect(preview.outcome).toBe('infeasible');
    expect(preview.conflicts.map((c) => [c.ruleId, c.staffId, c.assignmentIds])).toContainEqual(['approved-absence', assignment.staffId, [assignment.id]]);
    const accept = await manager.post(`/api/rota/solves/${solve.id}/accept`).send({ version: done.version });
    expect(accept.status).toBe(422);
    expect(problemOf(accept).detail).toMatch(/approved-absence/);
    await api.database.query(`DELETE FROM absence WHERE staff_member_id = $1 AND start_date = $2 AND kind = 'annual-leave' AND status = 'approved' AND note IS NULL AND requested_by_account_id IS NULL`, [assignment.staffId, shift.date]);
  });

  it('shows solves only to managers of the department and admins: another department, another trust, officers and staff get nothing', async () => {
    const solve = await start(draft().id, { mode: 'fill-gaps', timeLimitSeconds: 1 });
    await waitFor(manager, solve.id, finished);
    const elsewhere = new RotaArranger(admin, clinic, api.database, api.clock, 40, 1);
    const other: RotaPeriodDto = await elsewhere.draftPeriod();
    const theirs = await start(other.id, { timeLimitSeconds: 1 }, admin);
    await waitFor(admin, theirs.id, finished);

    expect((await manager.get(`/api/rota/solves/${theirs.id}`)).status).toBe(404);
    expect((await manager.get(`/api/rota/solves/${theirs.id}/preview`)).status).toBe(404);
    expect((await manager.post(`/api/rota/periods/${other.id}/solves`).send({ periodVersion: other.version })).status).toBe(404);
    const [officer, staff] = await Promise.all([clinic.signInAs('officer'), clinic.signInAs('staff')]);
    for (const agent of [officer, staff]) {
      expect((await agent.get(`/api/rota/solves/${solve.id}`)).status).toBe(403);
      expect((await agent.post(`/api/rota/periods/${draft().id}/solves`).send({ periodVersion: 1 })).status).toBe(403);
    }
    const stranger = await seedTestOrganisation(api.app, { seed: 612 });
    const strangerAdmin = await stranger.signInAs('admin');
    expect((await strangerAdmin.get(`/api/rota/solves/${solve.id}`)).status).toBe(404);
    expect((await strangerAdmin.get(`/api/rota/periods/${draft().id}/solves`)).status).toBe(404);
    const listed = (await manager.get(`/api/rota/periods/${draft().id}/solves`).expect(200)).body as SolveDto[];
    expect(listed[0]?.id).toBe(solve.id);
  });
});

describe('auto-rostering across an API restart', () => {
  let database: RunningDatabase;

  beforeAll(async () => {
    database = await createOwnDatabase('solve_restart');
  });

  afterAll(async () => {
    await database.stop();
  });

  it('marks failed a solve running when the API stops, and one whose API died without a word, applying nothing', async () => {
    const first = await startTestApp({ RECORDROOM_SOLVE_WORKERS: '1' }, undefined, undefined, database.url);
    const clinic = await seedTestOrganisation(first.app, { seed: 613 });
    const rota = await seedTestRota(first.database, clinic, 613, first.clock.today());
    const period = rota.periods.find((p) => p.status === 'draft')!;
    let manager = await clinic.signInAs('manager');
    const version = ((await manager.get(`/api/rota/periods/${period.id}/planner`).expect(200)).body as PlannerDto).period.version;
    const solve = (await manager.post(`/api/rota/periods/${period.id}/solves`).send({ periodVersion: version, mode: 'whole-period', timeLimitSeconds: 120 }).expect(201)).body as SolveDto;
    await waitFor(manager, solve.id, (s) => s.status === 'running' && s.progress !== null);
    const assignmentsBefore: unknown[] = await first.database.query('SELECT id FROM rota_assignment WHERE period_id = $1 ORDER BY id', [period.id]);
    await first.close();

    const second = await startTestApp({ RECORDROOM_SOLVE_WORKERS: '0', RECORDROOM_SOLVE_STALE_SECONDS: '5' }, undefined, undefined, database.url);
    try {
      manager = await managerOn(second, clinic);
      const stopped = (await manager.get(`/api/rota/solves/${solve.id}`).expect(200)).body as SolveDto;
      expect(stopped.status).toBe('failed');
      expect(stopped.failure).toMatch(/API stopped/);
      expect(await second.database.query('SELECT id FROM rota_assignment WHERE period_id = $1 ORDER BY id', [period.id])).toEqual(assignmentsBefore);

      // A replica killed outright leaves its solve "running" with a heartbeat that stops: the sweep at start-up fails it.
      const again = (await manager.post(`/api/rota/periods/${period.id}/solves`).send({ periodVersion: version, timeLimitSeconds: 60 }).expect(201)).body as SolveDto;
      await second.database.query(`UPDATE rota_solve SET status = 'running', started_at = now(), heartbeat_at = now() - interval '1 hour' WHERE id = $1`, [again.id]);
      await second.close();
      const third = await startTestApp({ RECORDROOM_SOLVE_WORKERS: '0' }, undefined, undefined, database.url);
      try {
        manager = await managerOn(third, clinic);
        const died = (await manager.get(`/api/rota/solves/${again.id}`).expect(200)).body as SolveDto;
        expect(died.status).toBe('failed');
        expect(died.failure).toMatch(/stopped answering/);
      } finally {
        await third.close();
      }
    } catch (error) {
      await second.close().catch(() => undefined);
      throw error;
    }
  });
});
