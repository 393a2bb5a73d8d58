import type { Answer, Criterion, FieldProblem } from '../templates/audit-template.js';

export interface AuditAnswer {
  recordId: string;
  criterionId: string;
  answer: Answer;
  comment: string;
}

/**
 * Problems with answers against the template version and the sample: a criterion not in the
 * version, a record not in the sample, N/A where it is not allowed, the same cell answered twice;
 * with `complete`, every record x criterion answered (what submitting needs).
 */
export function validateAnswers(criteria: readonly Criterion[], sample: readonly string[], answers: readonly AuditAnswer[], options: { complete: boolean }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const inSample = new Set(sample);
  const answered = new Set<string>();
  answers.forEach((a, index) => {
    const criterion = byId.get(a.criterionId);
    if (!criterion) problems.push({ field: `answers.${index}.criterionId`, message: `${a.criterionId} is not a criterion of this template version` });
    if (!inSample.has(a.recordId)) problems.push({ field: `answers.${index}.recordId`, message: `${a.recordId} is not a record of this audit's sample` });
    if (criterion && a.answer === 'na' && !criterion.naAllowed) problems.push({ field: `answers.${index}.answer`, message: `"not applicable" is not allowed for criterion ${criterion.id}` });
    const cell = `${a.recordId}\u0000${a.criterionId}`;
    if (answered.has(cell)) problems.push({ field: `answers.${index}`, message: `record ${a.recordId}, criterion ${a.criterionId} is answered twice` });
    answered.add(cell);
  });
  if (options.complete) {
    const missing = sample.flatMap((recordId) => criteria.filter((c) => !answered.has(`${recordId}\u0000${c.id}`)).map((c) => `${recordId}/${c.id}`));
    if (missing.length > 0) problems.push({ field: 'answers', message: `${missing.length} of ${sample.length * criteria.length} answers missing (first: ${missing.slice(0, 3).join(', ')})` });
  }
  return problems;
}
