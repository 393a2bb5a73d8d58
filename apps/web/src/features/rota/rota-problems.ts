import { isApiError } from '../../api/api-error';

/** A rule breach as a 422 problem lists it: enough to name the rule and say what is wrong. */
export interface ProblemViolation {
  ruleId: string;
  severity: string;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The breaches a 422 answer names (`violations` in the problem document: the rules an assignment,
 * a publication or a decision would break). Empty for any other error.
 */
export function violationsOf(error: unknown): ProblemViolation[] {
  if (!isApiError(error, 422)) return [];
  const listed = error.extensions.violations;
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((item: unknown) =>
    isRecord(item) && typeof item.message === 'string'
      ? [{ ruleId: typeof item.ruleId === 'string' ? item.ruleId : '', severity: typeof item.severity === 'string' ? item.severity : 'hard', message: item.message }]
      : [],
  );
}

/** Words for a rule id from the rota package: 'minimum-rest-between-shifts' → 'Minimum rest between shifts'. */
export function ruleName(ruleId: string): string {
  const words = ruleId.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
