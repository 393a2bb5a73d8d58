import type { AuditAnswer } from '../answers/validate-answers.js';
import { DEFAULT_RAG_THRESHOLDS, DEFAULT_REAUDIT_MONTHS, type Answer, type Criterion, type TemplateVersion } from '../templates/audit-template.js';

export function aCriterion(overrides: Partial<Criterion> = {}): Criterion {
  return { id: 'c1', text: 'Patient identifiers on every page', weight: 1, critical: false, naAllowed: true, standardCode: 'RK-02', guidance: '', ...overrides };
}

export function aTemplate(criteria: Criterion[], overrides: Partial<TemplateVersion> = {}): TemplateVersion {
  return { criteria, sampleSize: 20, thresholds: DEFAULT_RAG_THRESHOLDS, reauditMonths: DEFAULT_REAUDIT_MONTHS, ...overrides };
}

export const recordIds = (n: number): string[] => Array.from({ length: n }, (_, i) => `R${String(i + 1).padStart(3, '0')}`);

/** Answers for one criterion: the given answers in record order. */
export function answersFor(criterionId: string, records: readonly string[], answers: readonly Answer[]): AuditAnswer[] {
  return answers.map((answer, i) => ({ recordId: records[i] as string, criterionId, answer, comment: '' }));
}

export const repeat = (answer: Answer, n: number): Answer[] => Array.from({ length: n }, () => answer);
