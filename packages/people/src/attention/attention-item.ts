import { addDays, type IsoDate } from '@recordroom/calendar';

/** What needs a line manager's attention, most pressing kind first (the order breaks ties). */
export const ATTENTION_KINDS = [
  'right-to-work',
  'dbs-renewal',
  'return-to-work-interview',
  'bradford-trigger',
  'leave-to-approve',
  'probation-end',
  'appraisal',
  'training',
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** overdue: its date has passed (or it was never done); this-week: due today or in the next 6 days; coming-up: later. */
export const ATTENTION_URGENCIES = ['overdue', 'this-week', 'coming-up'] as const;
export type AttentionUrgency = (typeof ATTENTION_URGENCIES)[number];

export interface AttentionItem {
  kind: AttentionKind;
  urgency: AttentionUrgency;
  staffId: string;
  staffName: string;
  /** The date it is due by (or expires, or starts); null for something never done or on file. */
  dueOn: IsoDate | null;
  /** The leave request, sickness episode or course it is about, when there is one. */
  recordId: string | null;
  /** A plain-English sentence for the manager. Never a sickness reason. */
  reason: string;
}

/**
 * How pressing a due date is on `today`: never done or past is overdue, within the week starting
 * today is this week, later is coming up.
 *
 * @example urgencyOf('2026-03-06', '2026-03-02') // 'this-week'
 */
export function urgencyOf(dueOn: IsoDate | null, today: IsoDate): AttentionUrgency {
  if (dueOn === null || dueOn < today) return 'overdue';
  return dueOn <= addDays(today, 6) ? 'this-week' : 'coming-up';
}

/**
 * Orders items most urgent first: by urgency, then date (never-done first), then kind, then
 * name, then record, so the same records always give the same list.
 *
 * @example items.sort(compareAttentionItems) // overdue first, then this week, then coming up
 */
export function compareAttentionItems(a: AttentionItem, b: AttentionItem): number {
  return (
    ATTENTION_URGENCIES.indexOf(a.urgency) - ATTENTION_URGENCIES.indexOf(b.urgency) ||
    compareDates(a.dueOn, b.dueOn) ||
    ATTENTION_KINDS.indexOf(a.kind) - ATTENTION_KINDS.indexOf(b.kind) ||
    a.staffName.localeCompare(b.staffName, 'en-GB') ||
    a.staffId.localeCompare(b.staffId) ||
    (a.recordId ?? '').localeCompare(b.recordId ?? '')
  );
}

function compareDates(a: IsoDate | null, b: IsoDate | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
