import { type RequestOutcome, type RequestPriority } from '@recordroom/kpi';
import { type Random } from '../prng.js';
import { logNormal } from './draws.js';

/**
 * How long retrieval takes, before and after the department's process change (say, a new
 * tracking-scanner rollout and a dedicated A&E runner): median minutes and log-scale spread.
 * Chosen so the retrieval targets (30 min, 4 h, 48 h: records-service-standards.md §2 [U]) are
 * often missed before and mostly met after, which the SPC charts should show as improvement.
 */
const RETRIEVAL_MINUTES: Readonly<Record<RequestPriority, { before: number; after: number; sigma: number }>> = {
  emergency: { before: 24, after: 16, sigma: 0.45 },
  urgent: { before: 150, after: 105, sigma: 0.5 },
  routine: { before: 1100, after: 780, sigma: 0.6 },
  'clinic-pull': { before: 420, after: 290, sigma: 0.45 },
};

/** Share of requests closed without the main folder: not found, or temporary notes made instead. */
const OUTCOME_RATES = {
  before: { notFound: 0.006, temporaryNotes: 0.012 },
  after: { notFound: 0.0035, temporaryNotes: 0.007 },
} as const;

export interface RetrievalDraw {
  outcome: RequestOutcome;
  /** Minutes from request to delivery (of the main folder, or of the temporary folder); null when nothing was delivered. */
  minutes: number | null;
}

export function drawRetrieval(random: Random, priority: RequestPriority, improved: boolean): RetrievalDraw {
  const rates = improved ? OUTCOME_RATES.after : OUTCOME_RATES.before;
  const profile = RETRIEVAL_MINUTES[priority];
  const minutes = Math.max(2, Math.round(logNormal(random, improved ? profile.after : profile.before, profile.sigma)));
  const roll = random.next();
  if (roll < rates.notFound) return { outcome: 'not-found', minutes: null };
  if (roll < rates.notFound + rates.temporaryNotes) return { outcome: 'temporary-notes', minutes };
  return { outcome: 'delivered', minutes };
}
