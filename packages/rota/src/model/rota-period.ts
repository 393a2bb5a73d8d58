import { type IsoDate } from '@recordroom/calendar';
import { type RotaReport } from '../check/rota-checker.js';
import { type DateRange } from '../check/rota-input.js';
import { type Violation } from '../check/violation.js';
import { formatDate } from '../time/format-instant.js';

/** A rota period's life: draft, published to staff, finalised once worked. */
export const ROTA_PERIOD_STATUSES = ['draft', 'published', 'finalised'] as const;
export type RotaPeriodStatus = (typeof ROTA_PERIOD_STATUSES)[number];

/**
 * A rota period: drafted by the manager, published to staff, finalised once worked (the record
 * of what happened, which pay and the fairness ledger read).
 */
export interface RotaPeriod extends DateRange {
  id: string;
  name: string;
  status: RotaPeriodStatus;
}

export type RotaPeriodTransition = { ok: true; period: RotaPeriod } | { ok: false; reason: string; violations: Violation[] };

/**
 * Moves a period to another status, or says why not. Publishing needs the period's check and
 * refuses any hard breach, naming each; a published rota may be reopened as a draft or, once its
 * last day is past (`today`), finalised; a finalised rota never changes.
 *
 * @example transitionRotaPeriod(period, 'published', { report: checkRota(input) })
 */
export function transitionRotaPeriod(period: RotaPeriod, to: RotaPeriodStatus, evidence: { report?: Pick<RotaReport, 'valid' | 'violations'>; today?: IsoDate } = {}): RotaPeriodTransition {
  const refuse = (reason: string, violations: Violation[] = []): RotaPeriodTransition => ({ ok: false, reason, violations });
  if (period.status === to) return refuse(`The rota is already ${to}`);
  if (period.status === 'finalised') return refuse('A finalised rota cannot change: it is the record of what was worked');
  if (to === 'published') {
    if (period.status !== 'draft') return refuse('Only a draft can be published');
    if (!evidence.report) return refuse('Check the rota before publishing it');
    const hard = evidence.report.violations.filter((v) => v.severity === 'hard');
    if (!evidence.report.valid || hard.length > 0) {
      return refuse(`The rota breaks ${hard.length === 1 ? 'a hard rule' : `${hard.length} hard rules`}: ${hard.map((v) => v.message).join('; ')}`, hard);
    }
  }
  if (to === 'finalised') {
    if (period.status !== 'published') return refuse('Only a published rota can be finalised');
    if (evidence.today === undefined || evidence.today <= period.endDate) return refuse(`The rota can be finalised once its last day, ${formatDate(period.endDate)}, is past`);
  }
  return { ok: true, period: { ...period, status: to } };
}
