import type { Rag } from '../templates/audit-template.js';

export interface CycleComparison {
  /** Percentage points, current minus previous (positive is better: compliance rises). */
  changePoints: number;
  direction: 'improved' | 'worse' | 'unchanged';
  previousRag: Rag;
  currentRag: Rag;
}

/** Compares an audit with the previous cycle of the same template and scope; null with no previous cycle or score. */
export function compareWithPrevious(current: { compliance: number | null; rag: Rag }, previous: { compliance: number | null; rag: Rag } | null): CycleComparison | null {
  if (!previous || previous.compliance === null || current.compliance === null) return null;
  const changePoints = Math.round((current.compliance - previous.compliance) * 1000) / 10;
  return { changePoints, direction: changePoints > 0 ? 'improved' : changePoints < 0 ? 'worse' : 'unchanged', previousRag: previous.rag, currentRag: current.rag };
}
