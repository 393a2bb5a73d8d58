import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ImportResultDto } from '@recordroom/contracts';
import { demoKpiDepartments, demoRecordRequests, recordRequestCsvLines } from '@recordroom/demo-department';
import { KPI_IMPORTS, aRecordRequestCsv, aRecordRequestLine } from './support/kpi-bodies.js';
import { auditRowsAbout } from './support/database-rows.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

interface ImportProblem {
  status: number;
  errors: { line: number; field: string; message: string }[];
  errorCount: number;
}

/**
 * A manager imports a tracking-system export: bad lines are reported by line number and nothing
 * is half-imported; importing the same file again adds nothing (DESIGN.md, journey 7).
 */
describe('KPI event import', () => {
  let api: TestApp;
  let clinic: TestOrganisation;
  let manager: Agent;

  beforeAll(async () => {
    api = await startTestApp();
    clinic = await seedTestOrganisation(api.app, { seed: 421 });
    manager = await clinic.signInAs('manager');
  });

  afterAll(async () => {
    await api.close();
  });

  const importCsv = (csv: string, fileName = 'export.csv'): Promise<{ status: number; body: unknown }> =>
    manager.post('/api/kpi/imports/record-requests').set('Content-Type', 'text/csv').set('X-File-Name', fileName).send(csv);

  async function storedRequests(): Promise<number> {
    const rows = await api.database.query<{ n: number }[]>('SELECT count(*)::int AS n FROM record_request WHERE organisation_id = $1', [clinic.organisation.id]);
    return rows[0]?.n ?? 0;
  }

  it('imports a month of the demo department, then adds nothing when the same file comes again', async () => {
    const events = [...demoRecordRequests(demoKpiDepartments(clinic), { referenceDate: '2026-10-31', months: 1 })];
    const csv = [...recordRequestCsvLines(events)].join('');
    const before = await storedRequests();

    const first = await importCsv(csv, 'october.csv');
    const second = await importCsv(csv, 'october.csv');

    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ linesRead: events.length, inserted: events.length, alreadyPresent: 0 });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ linesRead: events.length, inserted: 0, alreadyPresent: events.length });
    expect(await storedRequests()).toBe(before + events.length);
  });

  it('records each import in kpi_import and the audit trail, newest first in GET /imports', async () => {
    const result = (await importCsv(aRecordRequestCsv(), 'one-line.csv')).body as ImportResultDto;

    const listed = (await manager.get('/api/kpi/imports').expect(200)).body as { id: string; fileName: string; inserted: number }[];
    const audit = await auditRowsAbout(api.database, result.importId);

    expect(listed[0]).toMatchObject({ id: result.importId, fileName: 'one-line.csv', inserted: 1 });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entity_type: 'kpi-import', after: { kind: 'record-requests', fileName: 'one-line.csv', inserted: 1 } });
  });

  it('writes nothing when only the last line is bad, and names that line', async () => {
    // 60,000 lines: batches of 25,000 are already merged, inside the transaction, when the bad line arrives.
    const lines = Array.from({ length: 60_000 }, () => aRecordRequestLine());
    lines.push(aRecordRequestLine({ requestedAt: '2026-03-03 10:00', deliveredAt: '2026-03-03 09:00' }));
    const before = await storedRequests();

    const response = await importCsv(aRecordRequestCsv(lines));

    expect(response.status).toBe(422);
    expect((response.body as ImportProblem).errors).toEqual([{ line: 60_002, field: 'deliveredAt', message: 'is before requestedAt' }]);
    expect(await storedRequests()).toBe(before);
  });

  it.each([
    { problem: 'an unknown priority', line: aRecordRequestLine({ priority: 'stat' }), field: 'priority', message: 'is not one of emergency, urgent, routine, clinic-pull (got "stat")' },
    { problem: 'delivery before the request', line: aRecordRequestLine({ requestedAt: '2026-03-03 10:00', deliveredAt: '2026-03-02 10:00' }), field: 'deliveredAt', message: 'is before requestedAt' },
    { problem: 'a not-found request with a delivery time', line: aRecordRequestLine({ outcome: 'not-found' }), field: 'deliveredAt', message: 'must be empty when outcome is not-found' },
  ])('refuses $problem on line 2', async ({ line, field, message }) => {
    const response = await importCsv(aRecordRequestCsv([line]));

    expect(response.status).toBe(422);
    expect((response.body as ImportProblem).errors).toEqual([{ line: 2, field, message }]);
  });

  it('refuses a NUL in a cell with its line and field (was a 500 from PostgreSQL), and writes nothing', async () => {
    const before = await storedRequests();

    const response = await importCsv(aRecordRequestCsv([aRecordRequestLine(), aRecordRequestLine().replace('A&E records desk', 'A&E records\u0000desk')]));

    expect(response.status).toBe(422);
    expect((response.body as ImportProblem).errors).toEqual([{ line: 3, field: 'requestingLocation', message: 'contains a NUL character (U+0000) at character 12, which cannot be stored' }]);
    expect(await storedRequests()).toBe(before);
  });

  it('refuses an external id of 90,000 characters in a file and in a single event, naming it', async () => {
    const longId = 'Q'.repeat(90_000);
    const before = await storedRequests();

    const file = await importCsv(aRecordRequestCsv([aRecordRequestLine({ id: longId })]));
    const event = await manager.post('/api/kpi/events/record-requests').send({ ...KPI_IMPORTS[0].event(), externalId: longId });

    expect(file.status).toBe(422);
    expect((file.body as ImportProblem).errors).toEqual([{ line: 2, field: 'id', message: 'is 90000 characters long; an id is at most 100' }]);
    expect(event.status).toBe(422);
    expect((event.body as ImportProblem).errors).toEqual([{ field: 'externalId', message: 'is 90000 characters long; an id is at most 100' }]);
    expect(await storedRequests()).toBe(before);
  });

  it.each([
    { problem: 'a pause ending 9999-12-31', pauses: '[{""from"":""2026-02-03"",""to"":""9999-12-31""}]', message: 'pause 1 ends on 9999-12-31, after the request was completed on 2026-03-02' },
    {
      problem: '20,000 pauses in one cell',
      pauses: `[${Array.from({ length: 20_000 }, () => '{""from"":""2026-02-03"",""to"":""2026-02-04""}').join(',')}]`,
      message: 'is 800001 characters long; at most 4000 (50 pauses) are allowed',
    },
    { problem: '51 pauses', pauses: `[${Array.from({ length: 51 }, () => '{""from"":""2026-02-03"",""to"":null}').join(',')}]`, message: 'lists 51 pauses; a request may have at most 50' },
  ])('refuses a subject access request with $problem, naming pauses on its line', async ({ pauses, message }) => {
    const csv = `external_id,received_on,clock_starts_on,pauses,extended,completed_on\nSAR-OK-${pauses.length},2026-01-31,,,no,2026-03-02\nSAR-BAD-${pauses.length},2026-01-31,,"${pauses}",no,2026-03-02\n`;

    const response = await manager.post('/api/kpi/imports/subject-access-requests').set('Content-Type', 'text/csv').send(csv);

    expect(response.status).toBe(422);
    expect((response.body as ImportProblem).errors).toEqual([{ line: 3, field: 'pauses', message }]);
  });

  it('refuses a filing snapshot whose oldest item is dated before the bank-holiday data, naming the field', async () => {
    const csv = 'external_id,taken_on,location,items,oldest_item_received_on\nFB-OLD,2026-03-06,Main records library,120,2014-12-31\n';

    const response = await manager.post('/api/kpi/imports/filing-backlog').set('Content-Type', 'text/csv').send(csv);

    expect(response.status).toBe(422);
    expect((response.body as ImportProblem).errors).toEqual([{ line: 2, field: 'oldestItemReceivedOn', message: 'must be on or after 2015-01-01, the first date with bank-holiday data' }]);
  });

  it('refuses an id repeated within the file, naming both lines', async () => {
    const line = aRecordRequestLine();

    const response = await importCsv(aRecordRequestCsv([line, aRecordRequestLine(), line]));

    expect((response.body as ImportProblem).errors).toEqual([{ line: 4, field: 'id', message: 'duplicates the id on line 2' }]);
  });

  it('refuses an id repeated 30,000 lines later, in another batch, naming both lines', async () => {
    // Batches are 25,000 rows: the first use is merged before the repeat is read.
    const repeated = aRecordRequestLine();
    const lines = [repeated, ...Array.from({ length: 29_999 }, () => aRecordRequestLine()), repeated];
    const before = await storedRequests();

    const response = await importCsv(aRecordRequestCsv(lines));

    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ errorCount: 1, errors: [{ line: 30_002, field: 'id', message: 'duplicates the id on line 2' }] });
    expect(await storedRequests()).toBe(before);
  });

  it('refuses an id repeated within a file even when an earlier import already stored it', async () => {
    const stored = aRecordRequestLine();
    await importCsv(aRecordRequestCsv([stored]));
    const lines = [stored, ...Array.from({ length: 29_999 }, () => aRecordRequestLine()), stored, stored];

    const response = await importCsv(aRecordRequestCsv(lines));

    expect(response.status).toBe(422);
    expect((response.body as ImportProblem).errors).toEqual([
      { line: 30_002, field: 'id', message: 'duplicates the id on line 2' },
      { line: 30_003, field: 'id', message: 'duplicates the id on line 2' },
    ]);
  });

  it('reports repeats after a bad line too, in line order with the bad line', async () => {
    const repeated = aRecordRequestLine();

    const response = await importCsv(aRecordRequestCsv([repeated, aRecordRequestLine({ priority: 'stat' }), repeated, aRecordRequestLine()]));

    expect(response.body).toMatchObject({
      errorCount: 2,
      errors: [
        { line: 3, field: 'priority' },
        { line: 4, field: 'id', message: 'duplicates the id on line 2' },
      ],
    });
  });

  it('refuses a repeated id in the other kinds of import too', async () => {
    const response = await manager
      .post('/api/kpi/imports/clinic-pulls')
      .set('Content-Type', 'text/csv')
      .send('external_id,clinic_id,clinic_date,record_id,notes_available_at_start\nCP-R,C-1,2026-03-03,R-1,yes\nCP-S,C-1,2026-03-03,R-2,no\nCP-R,C-1,2026-03-03,R-3,no\n');

    expect(response.status).toBe(422);
    expect((response.body as ImportProblem).errors).toEqual([{ line: 4, field: 'id', message: 'duplicates the id on line 2' }]);
  });

  it('names every missing column in one error on line 1', async () => {
    const response = await importCsv('external_id,record_id,priority,requested_at\nQ-1,R-1,urgent,2026-03-03 10:00\n');

    expect(response.status).toBe(422);
    expect((response.body as ImportProblem).errors).toEqual([
      { line: 1, field: '(header)', message: 'is missing the columns requesting_location, delivered_at, outcome' },
    ]);
  });

  it('returns the first 100 errors and counts them all', async () => {
    const lines = Array.from({ length: 150 }, () => aRecordRequestLine({ priority: 'stat' }));

    const body = (await importCsv(aRecordRequestCsv(lines))).body as ImportProblem;

    expect(body.errors).toHaveLength(100);
    expect(body.errorCount).toBe(150);
    expect(body.errors[99]?.line).toBe(101);
  });

  it('accepts columns in any order with extra ones ignored', async () => {
    const response = await importCsv('outcome,delivered_at,requested_at,requesting_location,priority,record_id,external_id,comment\ndelivered,2026-03-03 10:20,2026-03-03 10:00,Ward 4,urgent,R-7,ORDER-1,hello\n');

    expect(response.status).toBe(201);
  });

  it('answers 415 for a body that is not CSV, and 413 past the configured size', async () => {
    const json = await manager.post('/api/kpi/imports/record-requests').send({ external_id: 'x' });
    const small = await startTestApp({ RECORDROOM_IMPORT_MAX_BYTES: '200' });
    try {
      const agent = await (await seedTestOrganisation(small.app, { seed: 422 })).signInAs('manager');
      const big = await agent.post('/api/kpi/imports/record-requests').set('Content-Type', 'text/csv').send(aRecordRequestCsv([aRecordRequestLine(), aRecordRequestLine()]));
      expect(big.status).toBe(413);
    } finally {
      await small.close();
    }
    expect(json.status).toBe(415);
  });

  it('imports clinic pulls, and records a single event once (409 the second time)', async () => {
    const pulls = await manager.post('/api/kpi/imports/clinic-pulls').set('Content-Type', 'text/csv').send('external_id,clinic_id,clinic_date,record_id,notes_available_at_start\nCP-A,C-1,2026-03-03,R-1,yes\nCP-B,C-1,2026-03-03,R-2,no\n');
    const event = { externalId: 'EV-1', recordId: 'R-1', priority: 'urgent', requestingLocation: 'Ward 4', requestedAt: '2026-03-03T10:00:00Z', deliveredAt: '2026-03-03T11:00:00Z', outcome: 'delivered' };

    const first = await manager.post('/api/kpi/events/record-requests').send(event);
    const again = await manager.post('/api/kpi/events/record-requests').send(event);
    const bad = await manager.post('/api/kpi/events/record-requests').send({ ...event, externalId: 'EV-2', priority: 'stat' });

    expect(pulls.body).toMatchObject({ linesRead: 2, inserted: 2 });
    expect(first.status).toBe(201);
    expect(again.status).toBe(409);
    expect(bad.status).toBe(422);
    expect((bad.body as ImportProblem).errors[0]?.field).toBe('priority');
  });

  it('keeps external ids per department: two departments import and post the same id, and neither learns of the other', async () => {
    const trust = await seedTestOrganisation(api.app, { seed: 423, staffCount: 120 });
    const { own, other } = trust.managerAndOtherDepartment();
    const [ownManager, admin] = await Promise.all([trust.signInAs('manager'), trust.signInAs('admin')]);
    const importInto = (agent: Agent, csv: string, departmentId?: string) =>
      agent.post(`/api/kpi/imports/record-requests${departmentId ? `?departmentId=${departmentId}` : ''}`).set('Content-Type', 'text/csv').send(csv);
    const line = aRecordRequestLine();
    const event = { externalId: `EV-${own.slice(0, 8)}`, recordId: 'R-1', priority: 'urgent', requestingLocation: 'Ward 4', requestedAt: '2026-03-03T10:00:00Z', deliveredAt: '2026-03-03T11:00:00Z', outcome: 'delivered' };

    const ownImport = await importInto(ownManager, aRecordRequestCsv([line]));
    const otherImport = await importInto(admin, aRecordRequestCsv([line]), other);
    const ownEvent = await ownManager.post('/api/kpi/events/record-requests').send(event);
    const otherEvent = await admin.post(`/api/kpi/events/record-requests?departmentId=${other}`).send(event);
    const ownAgain = await importInto(ownManager, aRecordRequestCsv([line]));
    const stored = await api.database.query<{ department_id: string }[]>(
      'SELECT department_id FROM record_request WHERE organisation_id = $1 AND external_id = ANY($2) ORDER BY department_id',
      [trust.organisation.id, [line.split(',')[0], event.externalId]],
    );

    expect(ownImport.body).toMatchObject({ inserted: 1, alreadyPresent: 0 });
    expect(otherImport.status).toBe(201);
    expect(otherImport.body).toMatchObject({ inserted: 1, alreadyPresent: 0 });
    expect(ownEvent.status).toBe(201);
    expect(otherEvent.status).toBe(201);
    expect(ownAgain.body).toMatchObject({ inserted: 0, alreadyPresent: 1 });
    expect(stored.map((row) => row.department_id).sort()).toEqual([own, own, other, other].sort());
  });
});
