import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type PeopleImportResultDto } from '@recordroom/contracts';
import { pinnedRotaClock } from './support/rota-arrange.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

const STAFF_HEADER = 'Employee Number,First Name,Last Name,Job Title,Band,Pay Point,Contract Type,Contracted Hours,NHS Service Start,Employment Start,Employment End,Line Manager Employee Number,DBS Check Date';
const ABSENCE_HEADER = 'Absence ID,Employee Number,Absence Type,Start Date,End Date,Reason Code';

/** Staff and absence CSV in the ESR-like layout of docs/line-management-csv.md. */
describe('line-management imports', () => {
  let api: TestApp;
  let clinic: TestOrganisation;
  let manager: Agent;
  let officer: Agent;

  beforeAll(async () => {
    api = await startTestApp({}, pinnedRotaClock());
    clinic = await seedTestOrganisation(api.app, { seed: 1_131, staffCount: 20 });
    [manager, officer] = await Promise.all([clinic.signInAs('manager'), clinic.signInAs('officer')]);
  });

  afterAll(async () => {
    await api.close();
  });

  const send = (agent: Agent, kind: 'staff' | 'absences', csv: string) => agent.post(`/api/people/imports/${kind}`).set('Content-Type', 'text/csv').send(csv);
  const counts = async (): Promise<{ staff: number; sickness: number; versions: number }> => {
    const rows = await api.database.query<{ staff: number; sickness: number; versions: number }[]>(
      `SELECT (SELECT count(*)::int FROM staff_member WHERE organisation_id = $1) AS staff, (SELECT count(*)::int FROM sickness_episode WHERE organisation_id = $1) AS sickness,
              (SELECT coalesce(sum(version), 0)::int FROM staff_member WHERE organisation_id = $1) AS versions`,
      [clinic.organisation.id],
    );
    return rows[0] as { staff: number; sickness: number; versions: number };
  };
  const managerNumber = (): string => clinic.staffRecordOf('manager').employeeNumber;
  const staffFile = (): string => [
    STAFF_HEADER,
    `IMP-001,Asha,Patel,Health records clerk,Band 2,1,Permanent,37.5,01/09/2020,01/09/2020,,${managerNumber()},15/03/2024`,
    'IMP-002,"Bo, Jr",Jones,Ward records clerk,3,2,fixed-term,22.5,2018-06-04,04/01/2025,,IMP-001,',
  ].join('\r\n');

  it('imports staff, setting line managers named in the file or on record, and a second import of the same file changes nothing', async () => {
    const first = await send(manager, 'staff', staffFile());
    expect(first.status).toBe(200);
    expect(first.body as PeopleImportResultDto).toEqual({ kind: 'staff', lines: 2, inserted: 2, updated: 0, unchanged: 0 });
    const rows = await api.database.query<{ first_name: string; line: string | null; employment_start_date: string }[]>(
      `SELECT s.first_name, m.employee_number AS line, s.employment_start_date FROM staff_member s LEFT JOIN staff_member m ON m.id = s.line_manager_id WHERE s.organisation_id = $1 AND s.employee_number LIKE 'IMP-%' ORDER BY s.employee_number`,
      [clinic.organisation.id],
    );
    expect(rows).toEqual([
      { first_name: 'Asha', line: managerNumber(), employment_start_date: '2020-09-01' },
      { first_name: 'Bo, Jr', line: 'IMP-001', employment_start_date: '2025-01-04' },
    ]);
    const before = await counts();
    const again = await send(manager, 'staff', staffFile());
    expect(again.body as PeopleImportResultDto).toEqual({ kind: 'staff', lines: 2, inserted: 0, updated: 0, unchanged: 2 });
    expect(await counts()).toEqual(before);
  });

  it('refuses a file with bad lines, naming each line and column, and writes nothing', async () => {
    const before = await counts();
    const response = await send(manager, 'staff', [STAFF_HEADER, 'IMP-003,Cal,Smith,Clerk,Band 12,1,permanent,37.5,01/01/2021,,,,', 'IMP-004,Di,Lee,Clerk,2,1,permanent,99,31/02/2021,,,NOBODY,'].join('\n'));

    expect(response.status).toBe(422);
    const errors = (response.body as { errors: { line: number; field: string }[] }).errors.map((e) => `${e.line} ${e.field}`);
    expect(errors).toEqual(expect.arrayContaining(['2 Band', '3 Contracted Hours', '3 NHS Service Start', '3 Line Manager Employee Number']));
    expect(await counts()).toEqual(before);
  });

  it('imports sickness absences by their ESR id, idempotently, and refuses overlaps and leave naming the line', async () => {
    const file = [ABSENCE_HEADER, 'ESR-1,IMP-001,Sickness,02/03/2026,04/03/2026,S13', 'ESR-2,IMP-002,Sickness,10/11/2026,,S11'].join('\n');
    expect((await send(manager, 'absences', file)).body as PeopleImportResultDto).toEqual({ kind: 'absences', lines: 2, inserted: 2, updated: 0, unchanged: 0 });
    // Each imported episode is on the rota as approved sickness absence, the open one at least to today.
    const onRota = await api.database.query<{ externalId: string; startDate: string; endDate: string }[]>(
      `SELECT e.external_id AS "externalId", a.start_date::text AS "startDate", a.end_date::text AS "endDate" FROM sickness_episode e JOIN absence a ON a.sickness_episode_id = e.id
        WHERE e.external_id IN ('ESR-1', 'ESR-2') AND a.kind = 'sickness' AND a.status = 'approved' ORDER BY e.external_id`,
    );
    expect(onRota.map((r) => [r.externalId, r.startDate])).toEqual([['ESR-1', '2026-03-02'], ['ESR-2', '2026-11-10']]);
    expect(onRota[0]?.endDate).toBe('2026-03-04');
    expect((onRota[1]?.endDate ?? '') >= api.clock.today()).toBe(true);
    const before = await counts();
    expect((await send(manager, 'absences', file)).body as PeopleImportResultDto).toEqual({ kind: 'absences', lines: 2, inserted: 0, updated: 0, unchanged: 2 });

    const bad = await send(manager, 'absences', [ABSENCE_HEADER, 'ESR-3,IMP-001,Sickness,03/03/2026,05/03/2026,S13', 'ESR-4,IMP-001,Annual Leave,01/06/2026,02/06/2026,S13'].join('\n'));
    expect(bad.status).toBe(422);
    expect((bad.body as { errors: { line: number; field: string }[] }).errors.map((e) => `${e.line} ${e.field}`)).toEqual(expect.arrayContaining(['2 Start Date', '3 Absence Type']));
    expect(await counts()).toEqual(before);
  });

  it('refuses a wrong header on line 1, and an officer (403)', async () => {
    const response = await send(manager, 'absences', 'Person,From,To\nA,B,C');
    expect(response.status).toBe(422);
    expect((response.body as { errors: { line: number }[] }).errors[0]?.line).toBe(1);
    expect((await send(officer, 'staff', staffFile())).status).toBe(403);
  });
});
