import { addDays, type IsoDate } from '@recordroom/calendar';
import { type PayRulesIssue } from './pay-rules-error.js';

/** Something in force from one date to another, both inclusive; `effectiveTo` null is "until replaced". */
export interface Dated {
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
}

/** The entry in force on `date`, or undefined. Entries never overlap (checked on load). */
export function inForceOn<T extends Dated>(entries: readonly T[], date: IsoDate): T | undefined {
  return entries.find((entry) => entry.effectiveFrom <= date && (entry.effectiveTo === null || date <= entry.effectiveTo));
}

export interface DeclaredGap {
  from: IsoDate;
  to: IsoDate;
}

/**
 * Problems with a list of dated entries: ends before it starts, overlaps, an open end that is not
 * last, and (when `contiguous`) a gap between two entries that the file does not declare.
 */
export function datedIssues(path: string, entries: readonly Dated[], options: { contiguous: boolean; declaredGaps?: readonly DeclaredGap[] }): PayRulesIssue[] {
  const issues: PayRulesIssue[] = [];
  const order = entries.map((entry, index) => ({ entry, index })).sort((a, b) => a.entry.effectiveFrom.localeCompare(b.entry.effectiveFrom));
  for (const { entry, index } of order) {
    if (entry.effectiveTo !== null && entry.effectiveTo < entry.effectiveFrom) {
      issues.push({ path: `${path}[${index}].effectiveTo`, message: `is before effectiveFrom (${entry.effectiveFrom})` });
    }
  }
  for (let i = 1; i < order.length; i++) {
    const previous = order[i - 1];
    const current = order[i];
    if (!previous || !current) continue;
    const at = `${path}[${current.index}].effectiveFrom`;
    if (previous.entry.effectiveTo === null || previous.entry.effectiveTo >= current.entry.effectiveFrom) {
      issues.push({ path: at, message: `overlaps ${path}[${previous.index}] (in force to ${previous.entry.effectiveTo ?? 'no end date'})` });
      continue;
    }
    const expected = addDays(previous.entry.effectiveTo, 1);
    if (options.contiguous && current.entry.effectiveFrom !== expected) {
      const gap = { from: expected, to: addDays(current.entry.effectiveFrom, -1) };
      const declared = options.declaredGaps?.some((g) => g.from === gap.from && g.to === gap.to) ?? false;
      if (!declared) issues.push({ path: at, message: `leaves a gap from ${gap.from} to ${gap.to} after ${path}[${previous.index}]; add the missing table or declare the gap in knownGaps` });
    }
  }
  return issues;
}
