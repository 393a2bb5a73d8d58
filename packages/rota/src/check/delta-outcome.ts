import { type RotaDelta } from './rota-checker.js';
import { type Violation } from './violation.js';

/** What an edit means to a planner: breaches it brings or worsens, and breaches it clears. */
export interface DeltaOutcome {
  /** New breaches, and existing ones whose weighted penalty grows. */
  introduced: Violation[];
  /** Breaches that are gone after the edit. */
  resolved: Violation[];
}

/**
 * Reads a delta the way a planner does: a breach that only changes (hours owed shrinking) is
 * neither introduced nor resolved unless it gets worse.
 *
 * @example const { introduced } = deltaOutcome(checker.preview(edit)); introduced.some((v) => v.severity === 'hard')
 */
export function deltaOutcome(delta: Pick<RotaDelta, 'added' | 'removed'>): DeltaOutcome {
  const removedByKey = new Map(delta.removed.map((v) => [v.key, v]));
  const addedKeys = new Set(delta.added.map((v) => v.key));
  const introduced = delta.added.filter((v) => {
    const old = removedByKey.get(v.key);
    return !old || v.severity !== old.severity || v.penalty * v.weight > old.penalty * old.weight;
  });
  return { introduced, resolved: delta.removed.filter((v) => !addedKeys.has(v.key)) };
}
