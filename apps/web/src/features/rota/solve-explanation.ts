import type { SolveDayChangeDto, SolvePreviewSummaryDto } from '@recordroom/contracts';
import { ruleById, type GapCandidate, type RuleId } from '@recordroom/rota';
import { dayAndMonth } from './rota-labels';

type SolveGap = SolvePreviewSummaryDto['unfilledGaps'][number];

/** Penalty points as a person reads them: one decimal place at most, thousands separated. */
export function formatPoints(value: number): string {
  return (Math.round(value * 10) / 10).toLocaleString('en-GB');
}

/** A rule by its name, never its id: "Daily rest between shifts". */
export function ruleName(id: RuleId): string {
  return ruleById(id).title;
}

/** What a rule asks, in a sentence, without the note on how its penalty is counted. */
export function ruleMeaning(id: RuleId): string {
  return ruleById(id).description.replace(/\s*Penalty:.*$/s, '');
}

const listOf = (words: readonly string[]): string => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`);
const people = (n: number): string => (n === 1 ? '1 person' : `${n} people`);

/** Why one person is not on an unfilled shift, in a sentence about them. */
export function candidateReason(candidate: GapCandidate): string {
  const names = listOf([...new Set(candidate.rules.map((r) => ruleName(r.ruleId)))]);
  const messages = candidate.rules.flatMap((r) => (r.message ? [r.message] : []));
  switch (candidate.outcome) {
    case 'blocked':
      return `Cannot take it without breaking a hard rule: ${names || 'a hard rule'}.${messages.length > 0 ? ` ${messages.join(' ')}` : ''}`;
    case 'costs-more':
      return `Could take it, but that would add ${formatPoints(candidate.penaltyChange)} penalty points${names ? ` (${names})` : ''}, more than leaving the gap costs.`;
    case 'kept-assignment':
      return 'Already works a shift that day that the solve had to keep.';
    case 'could-take':
      return `Could take it and the rota would be ${formatPoints(-candidate.penaltyChange)} points better: the search ran out of time before trying it. Run it for longer.`;
  }
}

/** The reasons for one gap in a sentence: "Of 12 people, 8 cannot take it (Approved absence 5, Daily rest between shifts 3); 4 would add more penalty than the gap." */
export function gapReasons(gap: SolveGap): string {
  const count = (outcome: GapCandidate['outcome']) => gap.candidates.filter((c) => c.outcome === outcome).length;
  const blockedBy = new Map<RuleId, number>();
  for (const c of gap.candidates) if (c.outcome === 'blocked') for (const id of new Set(c.rules.map((r) => r.ruleId))) blockedBy.set(id, (blockedBy.get(id) ?? 0) + 1);
  const parts: string[] = [];
  if (count('blocked') > 0) parts.push(`${count('blocked')} cannot take it (${[...blockedBy].sort((x, y) => y[1] - x[1]).map(([id, n]) => `${ruleName(id)} ${n}`).join(', ')})`);
  if (count('costs-more') > 0) parts.push(`${count('costs-more')} would add more penalty than the gap`);
  if (count('kept-assignment') > 0) parts.push(`${count('kept-assignment')} already ${count('kept-assignment') === 1 ? 'works' : 'work'} a kept shift that day`);
  if (count('could-take') > 0) parts.push(`${count('could-take')} could take it, had the search run longer`);
  if (parts.length === 0) return 'Nobody in the department could be asked.';
  return `Of ${people(gap.candidates.length)}, ${parts.join('; ')}.`;
}

/** One day's change for a person: "Mon 7 Dec: off E, on L". */
export function dayChange(change: SolveDayChangeDto): string {
  const day = dayAndMonth(change.date);
  switch (change.kind) {
    case 'on':
      return `${day}: put on ${change.to?.shiftTypeCode ?? 'a shift'}`;
    case 'off':
      return `${day}: taken off ${change.from?.shiftTypeCode ?? 'a shift'}`;
    case 'moved':
      return `${day}: moved from ${change.from?.shiftTypeCode ?? 'a shift'} to ${change.to?.shiftTypeCode ?? 'a shift'}`;
  }
}
