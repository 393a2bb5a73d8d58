import { type CreateTemplateDto } from '@recordroom/contracts';
import { type Agent } from './test-app.js';

/** A template body of `criteria` criteria (the first critical), sampling `sampleSize` records. */
export function aQualityTemplate(overrides: Partial<CreateTemplateDto> = {}, criteria = 3): CreateTemplateDto {
  return {
    name: `Record keeping ${Math.random().toString(36).slice(2, 8)}`,
    criteria: Array.from({ length: criteria }, (_, i) => ({ id: `c${i + 1}`, text: `Criterion ${i + 1}`, weight: 1, critical: i === 0, naAllowed: i !== 0, standardCode: null, guidance: '' })),
    sampleSize: 5,
    thresholds: { greenFrom: 95, amberFrom: 85 },
    reauditMonths: { red: 3, amber: 6, green: 12 },
    ...overrides,
  };
}

/** A population of `n` pseudonymous record ids, one per line. */
export const aPopulation = (n: number, prefix = 'RR'): string => Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(4, '0')}`).join('\n');

async function expectStatus(response: Promise<{ status: number; text: string; body: unknown }>, status: number, what: string): Promise<Record<string, unknown>> {
  const answer = await response;
  if (answer.status !== status) throw new Error(`${what} gave ${answer.status}: ${answer.text}`);
  return answer.body as Record<string, unknown>;
}

/**
 * Through the API as `agent` (an admin or the department's manager): a template, a draft audit of
 * it by `auditorStaffId`, and, unless `draft`, every answer "yes" but one "no" on c2, submitted.
 */
export async function aQualityAudit(agent: Agent, options: { departmentId: string; auditorStaffId: string; auditDate: string; draft?: boolean; templateId?: string }): Promise<{ templateId: string; auditId: string; version: number; sample: string[] }> {
  const templateId = options.templateId ?? ((await expectStatus(agent.post('/api/quality-audits/templates').send({ ...aQualityTemplate(), departmentId: options.departmentId }), 201, 'Making a template')).id as string);
  const audit = await expectStatus(agent.post('/api/quality-audits/audits').send({ templateId, scopeKind: 'location', scopeName: 'Records library', auditorStaffId: options.auditorStaffId, auditDate: options.auditDate, population: aPopulation(30), seed: 7 }), 201, 'Making an audit');
  const sample = audit.sample as string[];
  if (options.draft) return { templateId, auditId: audit.id as string, version: audit.version as number, sample };
  const answers = sample.flatMap((recordId, r) => ['c1', 'c2', 'c3'].map((criterionId) => ({ recordId, criterionId, answer: criterionId === 'c2' && r === 0 ? 'no' : 'yes', comment: '' })));
  const saved = await expectStatus(agent.put(`/api/quality-audits/audits/${audit.id as string}/answers`).send({ version: audit.version, answers }), 200, 'Saving answers');
  const submitted = await expectStatus(agent.post(`/api/quality-audits/audits/${audit.id as string}/submit`).send({ version: saved.version }), 200, 'Submitting');
  return { templateId, auditId: audit.id as string, version: submitted.version as number, sample };
}
