import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays } from '@recordroom/calendar';
import { type ActionDto, type AuditDto, type TemplateDto } from '@recordroom/contracts';
import { reportingLine, type StaffMember } from '@recordroom/people';
import { auditRowsAbout } from './support/database-rows.js';
import { fieldsNamedBy } from './support/problem-details.js';
import { aPopulation, aQualityAudit, aQualityTemplate } from './support/quality-audit-bodies.js';
import { seedTestOrganisation, startTestApp, type Agent, type TestApp, type TestOrganisation } from './support/test-app.js';

/** Records-quality audits through the HTTP API on PostgreSQL: versions, immutability, bad input, scope. */
describe('records-quality audits', () => {
  let api: TestApp;
  let trust: TestOrganisation;
  let manager: Agent;
  let departmentId: string;
  let inLine: StaffMember;
  let outsideLine: StaffMember;
  let today: string;

  const rowsOf = async (table: string): Promise<number> => (await api.database.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table} WHERE department_id = $1`, [departmentId]))[0]?.n ?? 0;
  const writeCounts = async (): Promise<number[]> => Promise.all(['quality_audit_template', 'quality_audit', 'quality_audit_action', 'audit_event'].map(rowsOf));

  beforeAll(async () => {
    api = await startTestApp();
    trust = await seedTestOrganisation(api.app, { seed: 1_201, staffCount: 60 });
    manager = await trust.signInAs('manager');
    departmentId = trust.accountOf('manager').departmentId ?? '';
    const officer = trust.staffRecordOf('officer');
    const line = reportingLine(officer.id, trust.staff);
    const pick = (test: (s: StaffMember) => boolean): StaffMember => {
      const found = trust.staff.find(test);
      if (!found) throw new Error('The test trust lacks a person this test needs');
      return found;
    };
    inLine = pick((s) => line.has(s.id) && s.departmentId === departmentId);
    outsideLine = pick((s) => !line.has(s.id) && s.id !== officer.id && s.departmentId === departmentId);
    today = api.clock.today();
  });

  afterAll(async () => {
    await api.close();
  });

  it('runs an audit: a reproducible sample, a draft, a score with RAG and interval, a re-audit date, every change in the audit trail', async () => {
    const template = (await manager.post('/api/quality-audits/templates').send(aQualityTemplate()).expect(201)).body as TemplateDto;
    const body = { templateId: template.id, scopeKind: 'location', scopeName: 'Outpatients', auditorStaffId: inLine.id, auditDate: today, population: aPopulation(40), seed: 99 };
    const first = (await manager.post('/api/quality-audits/audits').send(body).expect(201)).body as AuditDto;
    const again = (await manager.post('/api/quality-audits/audits').send(body).expect(201)).body as AuditDto;
    expect(first.sample).toHaveLength(5);
    expect(again.sample).toEqual(first.sample);

    const answers = first.sample.flatMap((recordId, r) => [
      { recordId, criterionId: 'c1', answer: 'yes', comment: '' },
      { recordId, criterionId: 'c2', answer: r < 2 ? 'no' : 'yes', comment: r < 2 ? 'no NHS number on page 3' : '' },
      { recordId, criterionId: 'c3', answer: r === 4 ? 'na' : 'yes', comment: '' },
    ]);
    const saved = (await manager.put(`/api/quality-audits/audits/${first.id}/answers`).send({ version: first.version, answers }).expect(200)).body as AuditDto;
    expect((await manager.put(`/api/quality-audits/audits/${first.id}/answers`).send({ version: first.version, answers })).status).toBe(409);
    const submitted = (await manager.post(`/api/quality-audits/audits/${first.id}/submit`).send({ version: saved.version }).expect(200)).body as AuditDto;

    // c1 5/5, c2 3/5, c3 4/4 (one N/A): 12/14 = 85.7%, amber; the re-audit in 6 months.
    expect(submitted.status).toBe('submitted');
    expect(submitted.compliance).toBeCloseTo(12 / 14, 10);
    expect(submitted.rag).toBe('amber');
    expect(submitted.result?.criteria.map((c) => c.compliance)).toEqual([1, 0.6, 1]);
    expect(submitted.result?.recordsInterval?.lower).toBeCloseTo(0.2307, 3);
    expect(submitted.reauditDate).toBe(addMonths(today, 6));
    expect(submitted.suggestedActions.map((a) => a.criterionId)).toEqual(['c2']);
    expect((await auditRowsAbout(api.database, first.id)).map((row) => `${row.action} ${row.entity_type}`)).toEqual(['create quality-audit', 'update quality-audit', 'update quality-audit']);
  });

  it('never changes a submitted audit: answers are refused with 409, a template revision leaves it on its own, an amendment is a new version', async () => {
    const { auditId, version, templateId } = await aQualityAudit(manager, { departmentId, auditorStaffId: inLine.id, auditDate: today });
    const before = (await manager.get(`/api/quality-audits/audits/${auditId}`).expect(200)).body as AuditDto;

    const change = await manager.put(`/api/quality-audits/audits/${auditId}/answers`).send({ version, answers: [] });
    const resubmit = await manager.post(`/api/quality-audits/audits/${auditId}/submit`).send({ version });
    const template = (await manager.get(`/api/quality-audits/templates/${templateId}`).expect(200)).body as TemplateDto;
    await manager.post(`/api/quality-audits/templates/${templateId}/revisions`).send({ version: template.version, ...aQualityTemplate({ sampleSize: 10 }, 1), name: undefined }).expect(201);
    const after = (await manager.get(`/api/quality-audits/audits/${auditId}`).expect(200)).body as AuditDto;

    expect(change.status).toBe(409);
    expect(fieldsNamedBy(change)).toEqual(['status']);
    expect(resubmit.status).toBe(409);
    expect(after).toEqual(before);
    expect(after.definition.criteria).toHaveLength(3);

    const amendment = (await manager.post(`/api/quality-audits/audits/${auditId}/amendments`).send({ version, reason: 'Record RR-0003 was misread' }).expect(201)).body as AuditDto;
    expect({ amendment: amendment.amendment, status: amendment.status, answers: amendment.answers.length, amends: amendment.amendsAuditId, revision: amendment.revision }).toEqual({ amendment: 2, status: 'draft', answers: 15, amends: auditId, revision: 1 });
    const fixed = amendment.answers.map((a) => ({ ...a, answer: 'yes' as const }));
    const saved = (await manager.put(`/api/quality-audits/audits/${amendment.id}/answers`).send({ version: amendment.version, answers: fixed }).expect(200)).body as AuditDto;
    const resubmitted = (await manager.post(`/api/quality-audits/audits/${amendment.id}/submit`).send({ version: saved.version }).expect(200)).body as AuditDto;
    const original = (await manager.get(`/api/quality-audits/audits/${auditId}`).expect(200)).body as AuditDto;
    expect(resubmitted.rag).toBe('green');
    expect({ superseded: original.superseded, compliance: original.compliance }).toEqual({ superseded: true, compliance: before.compliance });
    expect((await auditRowsAbout(api.database, amendment.id))[0]?.after).toMatchObject({ reason: 'Record RR-0003 was misread' });
  });

  it('refuses bad input with a 4xx naming the field, writing nothing', async () => {
    const template = (await manager.post('/api/quality-audits/templates').send(aQualityTemplate({ sampleSize: 20 })).expect(201)).body as TemplateDto;
    const { auditId, version } = await aQualityAudit(manager, { departmentId, auditorStaffId: inLine.id, auditDate: today, draft: true });
    const { auditId: submittedId } = await aQualityAudit(manager, { departmentId, auditorStaffId: inLine.id, auditDate: today });
    const draft = (await manager.get(`/api/quality-audits/audits/${auditId}`).expect(200)).body as AuditDto;
    const counts = await writeCounts();

    const tooLarge = await manager.post('/api/quality-audits/audits').send({ templateId: template.id, scopeKind: 'team', scopeName: 'Library', auditorStaffId: inLine.id, auditDate: today, population: aPopulation(19), seed: 1 });
    const unknownCriterion = await manager.put(`/api/quality-audits/audits/${auditId}/answers`).send({ version, answers: [{ recordId: draft.sample[0], criterionId: 'c9', answer: 'yes', comment: '' }] });
    const incomplete = await manager.post(`/api/quality-audits/audits/${auditId}/submit`).send({ version });
    const pastDue = await manager.post('/api/quality-audits/actions').send({ auditId: submittedId, criterionId: 'c2', description: 'Retrain ward clerks', ownerStaffId: inLine.id, dueDate: addDays(today, -1) });
    const badTemplate = await manager.post('/api/quality-audits/templates').send(aQualityTemplate({ thresholds: { greenFrom: 80, amberFrom: 90 } }));

    expect([tooLarge.status, unknownCriterion.status, incomplete.status, pastDue.status, badTemplate.status]).toEqual([422, 422, 422, 422, 422]);
    expect(fieldsNamedBy(tooLarge)).toEqual(['population']);
    expect(fieldsNamedBy(unknownCriterion)).toEqual(['answers.0.criterionId']);
    expect(fieldsNamedBy(incomplete)).toEqual(['answers']);
    expect(fieldsNamedBy(pastDue)).toEqual(['dueDate']);
    expect(fieldsNamedBy(badTemplate)).toEqual(['thresholds.amberFrom']);
    expect(await writeCounts()).toEqual(counts);
  });

  it('turns failing criteria into actions with owners; closing one needs evidence; an overdue list', async () => {
    const { auditId } = await aQualityAudit(manager, { departmentId, auditorStaffId: inLine.id, auditDate: today });
    const action = (await manager.post('/api/quality-audits/actions').send({ auditId, criterionId: 'c2', description: 'Add the NHS number to continuation sheets', ownerStaffId: inLine.id, dueDate: addDays(today, 14) }).expect(201)).body as ActionDto;
    expect({ status: action.status, overdue: action.overdue, criterionText: action.criterionText }).toEqual({ status: 'open', overdue: false, criterionText: 'Criterion 2' });

    const noEvidence = await manager.patch(`/api/quality-audits/actions/${action.id}`).send({ version: action.version, status: 'done' });
    const done = (await manager.patch(`/api/quality-audits/actions/${action.id}`).send({ version: action.version, status: 'done', evidence: 'Sheets reprinted 1 Dec' }).expect(200)).body as ActionDto;
    const stale = await manager.patch(`/api/quality-audits/actions/${action.id}`).send({ version: action.version, evidence: 'again' });
    await api.database.query("UPDATE quality_audit_action SET due_date = due_date - 30, status = 'open' WHERE id = $1", [action.id]);
    const overdue = (await manager.get('/api/quality-audits/actions').query({ overdue: 'true' }).expect(200)).body as ActionDto[];

    expect(fieldsNamedBy(noEvidence)).toEqual(['evidence']);
    expect(done.status).toBe('done');
    expect(stale.status).toBe(409);
    expect(overdue.map((a) => a.id)).toContain(action.id);
    expect(overdue.every((a) => a.overdue)).toBe(true);
  });

  it("scopes audits: an officer sees and runs their line's, gets 404 outside it, and another department is 404 for a manager", async () => {
    const officer = await trust.signInAs('officer');
    const senior = await trust.signInAs('senior');
    const staff = await trust.signInAs('staff');
    const mine = await aQualityAudit(manager, { departmentId, auditorStaffId: inLine.id, auditDate: today });
    const notMine = await aQualityAudit(manager, { departmentId, auditorStaffId: outsideLine.id, auditDate: today });
    const otherDepartment = trust.managerAndOtherDepartment().other;
    const otherPerson = trust.staff.find((s) => s.departmentId === otherDepartment);
    const admin = await trust.signInAs('admin');
    const elsewhere = await aQualityAudit(admin, { departmentId: otherDepartment, auditorStaffId: otherPerson?.id ?? '', auditDate: today });

    const listed = ((await officer.get('/api/quality-audits/audits').expect(200)).body as AuditDto[]).map((a) => a.id);
    expect(listed).toContain(mine.auditId);
    expect(listed).not.toContain(notMine.auditId);
    expect((await officer.get(`/api/quality-audits/audits/${mine.auditId}`)).status).toBe(200);
    expect((await officer.get(`/api/quality-audits/audits/${notMine.auditId}`)).status).toBe(404);
    expect((await manager.get(`/api/quality-audits/audits/${elsewhere.auditId}`)).status).toBe(404);
    expect((await officer.post('/api/quality-audits/audits').send({ templateId: mine.templateId, scopeKind: 'location', scopeName: 'Wards', auditorStaffId: outsideLine.id, auditDate: today, population: aPopulation(10), seed: 1 })).status).toBe(422);
    expect((await officer.post('/api/quality-audits/audits').send({ templateId: mine.templateId, scopeKind: 'location', scopeName: 'Wards', auditorStaffId: inLine.id, auditDate: today, population: aPopulation(10), seed: 1 })).status).toBe(201);
    expect((await officer.post('/api/quality-audits/templates').send(aQualityTemplate())).status).toBe(403);
    expect((await senior.get(`/api/quality-audits/audits/${elsewhere.auditId}`)).status).toBe(200);
    expect((await senior.post('/api/quality-audits/audits').send({})).status).toBe(403);
    expect((await staff.get('/api/quality-audits/audits')).status).toBe(403);
  });

  it('shows the programme (re-audits due, overdue ones marked) and the trend of each template as SPC', async () => {
    const template = (await manager.post('/api/quality-audits/templates').send(aQualityTemplate()).expect(201)).body as TemplateDto;
    for (const months of [12, 9, 6, 3]) await aQualityAudit(manager, { departmentId, auditorStaffId: inLine.id, auditDate: addMonths(today, -months), templateId: template.id });
    const programme = (await manager.get('/api/quality-audits/programme').expect(200)).body as { templateId: string; kind: string; overdue: boolean; dueDate: string }[];
    const trends = (await manager.get('/api/quality-audits/trends').expect(200)).body as { templateId: string; points: unknown[]; spc: { points: unknown[] } | null }[];

    const entries = programme.filter((e) => e.templateId === template.id);
    // 14/15 = 93.3%, amber: re-audit 6 months after the latest cycle, 3 months ago: not yet due.
    expect(entries).toEqual([expect.objectContaining({ kind: 'reaudit', overdue: false, dueDate: addMonths(addMonths(today, -3), 6) })]);
    const trend = trends.find((t) => t.templateId === template.id);
    expect(trend?.points).toHaveLength(4);
    expect(trend?.spc?.points).toHaveLength(4);
  });
});

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}
