import type { AuditResult } from '../scoring/score-audit.js';

export interface SuggestedAction {
  criterionId: string;
  reason: string;
}

/**
 * The criteria that need an action: every critical failure, and every criterion whose own
 * compliance is below green. Critical failures first, then lowest compliance first.
 */
export function failingCriteria(result: AuditResult): SuggestedAction[] {
  return result.criteria
    .filter((c) => c.criticalFailure || (c.rag !== null && c.rag !== 'green'))
    .sort((a, b) => Number(b.criticalFailure) - Number(a.criticalFailure) || (a.compliance ?? 1) - (b.compliance ?? 1))
    .map((c) => ({
      criterionId: c.criterionId,
      reason: c.criticalFailure ? `critical criterion failed on ${c.no} record${c.no === 1 ? '' : 's'}` : `${Math.round((c.compliance ?? 0) * 1000) / 10}% compliant (${c.rag ?? ''})`,
    }));
}

/** An action's due date must not be in the past (today is allowed). */
export function dueDateProblem(dueDate: string, today: string): string | null {
  return dueDate < today ? `must not be in the past (today is ${today})` : null;
}

/** Whether an open action is overdue on `today`: due before today and not done. */
export function isOverdue(action: { dueDate: string; status: 'open' | 'in-progress' | 'done' }, today: string): boolean {
  return action.status !== 'done' && action.dueDate < today;
}
