import { addDays } from '@recordroom/calendar';
import { type Response } from 'supertest';
import { type RotaRouteAccess } from './rota-access-routes.js';
import { aQualityAudit, aQualityTemplate } from './quality-audit-bodies.js';
import { type Agent, type TestOrganisation } from './test-app.js';

const readers = ['admin', 'manager', 'officer', 'senior'] as const;
const librarians = ['admin', 'manager'] as const;
const auditors = ['admin', 'manager', 'officer'] as const;

/**
 * The access rows of the records-quality audit routes: each call arranges its own target as the
 * organisation's admin (the officer as auditor and owner, so an officer is in scope), then makes
 * the request as the caller with a realistic body, dated from `today` (the app's clock).
 */
export function qualityAuditRouteRows(organisation: () => TestOrganisation, admin: () => Agent, today: () => string): RotaRouteAccess[] {
  const departmentId = (): string => organisation().departments[0]?.id ?? '';
  const officer = (): string => organisation().staffRecordOf('officer').id;
  const audit = (draft = false): Promise<{ templateId: string; auditId: string; version: number; sample: string[] }> => aQualityAudit(admin(), { departmentId: departmentId(), auditorStaffId: officer(), auditDate: today(), draft });
  const created = async (response: Promise<Response>): Promise<{ id: string; version: number }> => {
    const answer = await response;
    if (answer.status !== 201) throw new Error(`Arranging gave ${answer.status}: ${answer.text}`);
    return answer.body as { id: string; version: number };
  };
  const q = (): { departmentId: string } => ({ departmentId: departmentId() });
  return [
    { route: 'GET /api/quality-audits/standards', allowed: readers, success: 200, call: (agent) => agent.get('/api/quality-audits/standards').query(q()) },
    { route: 'POST /api/quality-audits/standards', allowed: librarians, success: 201, call: (agent) => agent.post('/api/quality-audits/standards').send({ departmentId: departmentId(), code: `A${Math.random().toString(36).slice(2, 8)}`, title: 'Entries dated', category: 'record-keeping', description: '', source: 'RCP' }) },
    {
      route: 'PATCH /api/quality-audits/standards/:id',
      allowed: librarians,
      success: 200,
      call: async (agent) => {
        const standard = await created(admin().post('/api/quality-audits/standards').send({ departmentId: departmentId(), code: `B${Math.random().toString(36).slice(2, 8)}`, title: 'Entries timed', category: 'record-keeping', description: '', source: '' }));
        return agent.patch(`/api/quality-audits/standards/${standard.id}`).send({ version: standard.version, title: 'Entries timed (24-hour clock)' });
      },
    },
    { route: 'GET /api/quality-audits/templates', allowed: readers, success: 200, call: (agent) => agent.get('/api/quality-audits/templates').query(q()) },
    { route: 'POST /api/quality-audits/templates', allowed: librarians, success: 201, call: (agent) => agent.post('/api/quality-audits/templates').send({ ...aQualityTemplate(), departmentId: departmentId() }) },
    {
      route: 'GET /api/quality-audits/templates/:id',
      allowed: readers,
      success: 200,
      call: async (agent) => agent.get(`/api/quality-audits/templates/${(await created(admin().post('/api/quality-audits/templates').send({ ...aQualityTemplate(), departmentId: departmentId() }))).id}`),
    },
    {
      route: 'POST /api/quality-audits/templates/:id/revisions',
      allowed: librarians,
      success: 201,
      call: async (agent) => {
        const template = await created(admin().post('/api/quality-audits/templates').send({ ...aQualityTemplate(), departmentId: departmentId() }));
        const { name: _name, ...definition } = aQualityTemplate({ sampleSize: 8 });
        return agent.post(`/api/quality-audits/templates/${template.id}/revisions`).send({ version: template.version, ...definition });
      },
    },
    { route: 'GET /api/quality-audits/audits', allowed: readers, success: 200, call: (agent) => agent.get('/api/quality-audits/audits').query(q()) },
    { route: 'GET /api/quality-audits/audits/:id', allowed: readers, success: 200, call: async (agent) => agent.get(`/api/quality-audits/audits/${(await audit()).auditId}`) },
    {
      route: 'POST /api/quality-audits/audits',
      allowed: auditors,
      success: 201,
      call: async (agent) => {
        const { templateId } = await audit(true);
        return agent.post('/api/quality-audits/audits').send({ templateId, scopeKind: 'team', scopeName: 'Filing team', auditorStaffId: officer(), auditDate: today(), population: 'A1\nA2\nA3\nA4\nA5\nA6', seed: 3 });
      },
    },
    {
      route: 'PUT /api/quality-audits/audits/:id/answers',
      allowed: auditors,
      success: 200,
      call: async (agent) => {
        const draft = await audit(true);
        return agent.put(`/api/quality-audits/audits/${draft.auditId}/answers`).send({ version: draft.version, answers: [{ recordId: draft.sample[0], criterionId: 'c1', answer: 'yes', comment: 'Seen on every sheet' }] });
      },
    },
    {
      route: 'POST /api/quality-audits/audits/:id/submit',
      allowed: auditors,
      success: 200,
      call: async (agent) => {
        const draft = await audit(true);
        const answers = draft.sample.flatMap((recordId) => ['c1', 'c2', 'c3'].map((criterionId) => ({ recordId, criterionId, answer: 'yes', comment: '' })));
        const saved = await admin().put(`/api/quality-audits/audits/${draft.auditId}/answers`).send({ version: draft.version, answers });
        return agent.post(`/api/quality-audits/audits/${draft.auditId}/submit`).send({ version: (saved.body as { version: number }).version });
      },
    },
    {
      route: 'POST /api/quality-audits/audits/:id/amendments',
      allowed: auditors,
      success: 201,
      call: async (agent) => {
        const submitted = await audit();
        return agent.post(`/api/quality-audits/audits/${submitted.auditId}/amendments`).send({ version: submitted.version, reason: 'A record was misread' });
      },
    },
    { route: 'GET /api/quality-audits/actions', allowed: readers, success: 200, call: (agent) => agent.get('/api/quality-audits/actions').query({ ...q(), overdue: 'true' }) },
    {
      route: 'POST /api/quality-audits/actions',
      allowed: auditors,
      success: 201,
      call: async (agent) => agent.post('/api/quality-audits/actions').send({ auditId: (await audit()).auditId, criterionId: 'c2', description: 'Brief the ward clerks', ownerStaffId: officer(), dueDate: addDays(today(), 21) }),
    },
    {
      route: 'PATCH /api/quality-audits/actions/:id',
      allowed: auditors,
      success: 200,
      call: async (agent) => {
        const action = await created(admin().post('/api/quality-audits/actions').send({ auditId: (await audit()).auditId, criterionId: 'c2', description: 'Brief the ward clerks', ownerStaffId: officer(), dueDate: addDays(today(), 21) }));
        return agent.patch(`/api/quality-audits/actions/${action.id}`).send({ version: action.version, status: 'in-progress' });
      },
    },
    { route: 'GET /api/quality-audits/programme', allowed: readers, success: 200, call: (agent) => agent.get('/api/quality-audits/programme').query(q()) },
    { route: 'GET /api/quality-audits/trends', allowed: readers, success: 200, call: (agent) => agent.get('/api/quality-audits/trends').query(q()) },
  ];
}
