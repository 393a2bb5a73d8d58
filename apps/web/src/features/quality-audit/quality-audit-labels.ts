import type { Answer, Rag } from '@recordroom/audit';
import type { AUDIT_SCOPE_KINDS } from '@recordroom/contracts';
import type { TagColour } from '@recordroom/ui';

export const RAG_LABELS: Record<Rag, { text: string; colour: TagColour }> = {
  green: { text: 'Green', colour: 'green' },
  amber: { text: 'Amber', colour: 'orange' },
  red: { text: 'Red', colour: 'red' },
};

/** What an audit looks at, in the words of the start form and the audit's lede. */
export const SCOPE_KIND_LABELS: Record<(typeof AUDIT_SCOPE_KINDS)[number], string> = {
  location: 'Location',
  team: 'Team',
  specialty: 'Specialty',
};

export const ANSWER_LABELS: Record<Answer, { short: string; long: string }> = {
  yes: { short: 'Y', long: 'yes' },
  no: { short: 'N', long: 'no' },
  na: { short: 'N/A', long: 'not applicable' },
};

/** A fraction 0-1 as a percent with one decimal: 0.8571 -> "85.7%". */
export function formatPercent(fraction: number | null): string {
  return fraction === null ? '–' : `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}
