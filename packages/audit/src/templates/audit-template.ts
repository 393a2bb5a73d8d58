/** Answers an auditor gives for one record and one criterion. */
export type Answer = 'yes' | 'no' | 'na';
export const ANSWERS: readonly Answer[] = ['yes', 'no', 'na'];

export type Rag = 'green' | 'amber' | 'red';

export interface Criterion {
  /** Stable within a template across its versions, e.g. `c1`. */
  id: string;
  text: string;
  /** Integer 1-10: how much the criterion counts in the overall score. */
  weight: number;
  /** A single "no" on a critical criterion makes the audit red, whatever the score. */
  critical: boolean;
  /** Whether "not applicable" is an allowed answer. */
  naAllowed: boolean;
  /** The standard it checks (a code of the standards library), or null. */
  standardCode: string | null;
  guidance: string;
}

/**
 * RAG bands in whole percent: green at or above `greenFrom`, amber at or above `amberFrom`, red below.
 * Default 95 / 85: common trust banding, unverified (records-service-standards.md §7.3 [U]); configure it.
 */
export interface RagThresholds {
  greenFrom: number;
  amberFrom: number;
}
export const DEFAULT_RAG_THRESHOLDS: RagThresholds = { greenFrom: 95, amberFrom: 85 };

/**
 * Months to the re-audit by RAG. Default red 3, amber 6, green 12: "annual cycle, or sooner
 * (3-6 months) after a red result", records-service-standards.md §7.3 [U]; configure it.
 */
export type ReauditMonths = Record<Rag, number>;
export const DEFAULT_REAUDIT_MONTHS: ReauditMonths = { red: 3, amber: 6, green: 12 };

/** One version of a template: what a submitted audit is scored against, never changed once used. */
export interface TemplateVersion {
  criteria: readonly Criterion[];
  /** Records per audit; commonly 10-20 (records-service-standards.md §7.3 [U]). */
  sampleSize: number;
  thresholds: RagThresholds;
  reauditMonths: ReauditMonths;
}

export interface FieldProblem {
  field: string;
  message: string;
}

const MAX_CRITERIA = 50;
const MAX_SAMPLE = 200;

/** Every problem with a template version, each naming its field; none means it can be saved. */
export function validateTemplateVersion(template: TemplateVersion): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (template.criteria.length === 0) problems.push({ field: 'criteria', message: 'must list at least one criterion' });
  if (template.criteria.length > MAX_CRITERIA) problems.push({ field: 'criteria', message: `must list at most ${MAX_CRITERIA} criteria` });
  const seen = new Set<string>();
  template.criteria.forEach((criterion, index) => {
    if (seen.has(criterion.id)) problems.push({ field: `criteria.${index}.id`, message: `${criterion.id} is the id of an earlier criterion` });
    seen.add(criterion.id);
    if (!Number.isInteger(criterion.weight) || criterion.weight < 1 || criterion.weight > 10) problems.push({ field: `criteria.${index}.weight`, message: 'must be a whole number from 1 to 10' });
  });
  if (!Number.isInteger(template.sampleSize) || template.sampleSize < 1 || template.sampleSize > MAX_SAMPLE) problems.push({ field: 'sampleSize', message: `must be a whole number from 1 to ${MAX_SAMPLE}` });
  const { greenFrom, amberFrom } = template.thresholds;
  for (const [name, value] of [['greenFrom', greenFrom], ['amberFrom', amberFrom]] as const) {
    if (!Number.isInteger(value) || value < 0 || value > 100) problems.push({ field: `thresholds.${name}`, message: 'must be a whole percent from 0 to 100' });
  }
  if (amberFrom > greenFrom) problems.push({ field: 'thresholds.amberFrom', message: `must not be above greenFrom (${greenFrom})` });
  for (const rag of ['red', 'amber', 'green'] as const) {
    const months = template.reauditMonths[rag];
    if (!Number.isInteger(months) || months < 1 || months > 36) problems.push({ field: `reauditMonths.${rag}`, message: 'must be a whole number of months from 1 to 36' });
  }
  return problems;
}
