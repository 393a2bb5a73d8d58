import type { RequestPriority } from '../events/record-request.js';

/** How quickly a request of one priority should be delivered, and where that figure comes from. */
export interface RetrievalTarget {
  /** Request → delivery, in elapsed minutes (evenings and weekends count). */
  maxMinutes: number;
  /** 'unverified': a local-policy default with no national source; configure per trust. */
  /**
   * The share of requests closed that should be delivered within `maxMinutes`: the target of
   * `retrieval-within-target-percent`. A service target reads "90% within 30 minutes".
   */
  withinTargetPercent: number;
  status: 'verified' | 'unverified';
  source: string;
}

export type RetrievalTargets = Readonly<Record<RequestPriority, RetrievalTarget>>;

/**
 * Default retrieval targets. There is no national standard for case-note retrieval times
 * (../shared/domain/records-service-standards.md §2): every figure here is [U], a typical local
 * policy, to be replaced by the trust's own.
 *
 * `withinTargetPercent` is 90 for every priority, derived [D] from the same local policy as the
 * 90th percentile chart reads it: a p90 at or under `maxMinutes` is 90% of delivered requests
 * within it. No source gives a share for any priority ([U]); a trust that sets, say, 95% should
 * read the p90 chart as a guide only.
 */
export const DEFAULT_RETRIEVAL_TARGETS: RetrievalTargets = {
  // records-service-standards.md §2 "Emergency / A&E retrieval" ≤ 30 min [U] (no effective date: local policy).
  emergency: { maxMinutes: 30, withinTargetPercent: 90, status: 'unverified', source: 'records-service-standards.md §2, emergency/A&E ≤ 30 min [U]' },
  // records-service-standards.md §2 "Urgent retrieval" ≤ 2–4 h [U] (local policy, no effective date); the upper end, 4 h.
  urgent: { maxMinutes: 240, withinTargetPercent: 90, status: 'unverified', source: 'records-service-standards.md §2, urgent ≤ 2–4 h [U]' },
  // records-service-standards.md §2 "Routine retrieval" ≤ 24–48 h [U] (local policy, no effective date); the upper end, 48 h.
  routine: { maxMinutes: 2880, withinTargetPercent: 90, status: 'unverified', source: 'records-service-standards.md §2, routine ≤ 24–48 h [U]' },
  // records-service-standards.md §2: clinic lists pulled ≥ 1–2 working days before clinic [U] (local policy, no date);
  // as elapsed time from the pull request, the routine 48 h. Availability at clinic start is the real measure.
  'clinic-pull': { maxMinutes: 2880, withinTargetPercent: 90, status: 'unverified', source: 'records-service-standards.md §2, routine ≤ 48 h [U]' },
};
