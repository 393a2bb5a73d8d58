import type { AuditAnswer } from '../answers/validate-answers.js';
import type { Rag, RagThresholds, TemplateVersion } from '../templates/audit-template.js';
import { wilsonInterval, type Interval } from './wilson-interval.js';

export interface CriterionResult {
  criterionId: string;
  yes: number;
  no: number;
  na: number;
  /** yes / (yes + no), N/A excluded; null when every answer was N/A. */
  compliance: number | null;
  interval: Interval | null;
  rag: Rag | null;
  critical: boolean;
  /** A critical criterion answered "no" at least once. */
  criticalFailure: boolean;
}

export interface AuditResult {
  criteria: CriterionResult[];
  /** Σ weight x yes / Σ weight x (yes + no) over criteria, N/A excluded; null when nothing applied. */
  compliance: number | null;
  /** Records whose every applicable criterion is "yes", of records with at least one applicable. */
  recordsCompliant: number;
  recordsAssessed: number;
  /** Wilson 95% interval of the proportion of records fully compliant. */
  recordsInterval: Interval | null;
  /** RAG of the overall compliance, or red on any critical failure. */
  rag: Rag;
  ragByScore: Rag | null;
  criticalFailures: string[];
}

/**
 * RAG of a proportion `numerator / denominator` against whole-percent thresholds, compared in
 * integers so 95% exactly is green at greenFrom 95 (no floating-point edge).
 */
export function ragOf(numerator: number, denominator: number, thresholds: RagThresholds): Rag {
  if (numerator * 100 >= thresholds.greenFrom * denominator) return 'green';
  if (numerator * 100 >= thresholds.amberFrom * denominator) return 'amber';
  return 'red';
}

/**
 * Scores a complete (validated) audit against its template version.
 *
 * @example scoreAudit(template, answers).compliance // 0.9 for 18 weighted yes of 20
 */
export function scoreAudit(template: TemplateVersion, sample: readonly string[], answers: readonly AuditAnswer[]): AuditResult {
  const criteria: CriterionResult[] = template.criteria.map((criterion) => {
    const mine = answers.filter((a) => a.criterionId === criterion.id);
    const yes = mine.filter((a) => a.answer === 'yes').length;
    const no = mine.filter((a) => a.answer === 'no').length;
    const na = mine.filter((a) => a.answer === 'na').length;
    const applicable = yes + no;
    return {
      criterionId: criterion.id,
      yes,
      no,
      na,
      compliance: applicable === 0 ? null : yes / applicable,
      interval: wilsonInterval(yes, applicable),
      rag: applicable === 0 ? null : ragOf(yes, applicable, template.thresholds),
      critical: criterion.critical,
      criticalFailure: criterion.critical && no > 0,
    };
  });
  let weightedYes = 0;
  let weightedApplicable = 0;
  template.criteria.forEach((criterion, index) => {
    const result = criteria[index] as CriterionResult;
    weightedYes += criterion.weight * result.yes;
    weightedApplicable += criterion.weight * (result.yes + result.no);
  });
  let recordsCompliant = 0;
  let recordsAssessed = 0;
  for (const recordId of sample) {
    const applicable = answers.filter((a) => a.recordId === recordId && a.answer !== 'na');
    if (applicable.length === 0) continue;
    recordsAssessed += 1;
    if (applicable.every((a) => a.answer === 'yes')) recordsCompliant += 1;
  }
  const criticalFailures = criteria.filter((c) => c.criticalFailure).map((c) => c.criterionId);
  const ragByScore = weightedApplicable === 0 ? null : ragOf(weightedYes, weightedApplicable, template.thresholds);
  return {
    criteria,
    compliance: weightedApplicable === 0 ? null : weightedYes / weightedApplicable,
    recordsCompliant,
    recordsAssessed,
    recordsInterval: wilsonInterval(recordsCompliant, recordsAssessed),
    rag: criticalFailures.length > 0 ? 'red' : (ragByScore ?? 'red'),
    ragByScore,
    criticalFailures,
  };
}
