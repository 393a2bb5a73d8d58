import { REQUEST_PRIORITIES, type RecordRequest, type RequestPriority } from '../events/record-request.js';
import { ratio, type KpiRatio } from '../kpi/kpi-ratio.js';
import { median, percentileCont } from '../statistics/percentile-cont.js';
import { minutesBetween } from '../time/instant.js';
import { DEFAULT_RETRIEVAL_TARGETS, type RetrievalTargets } from './retrieval-targets.js';

/** Retrieval figures for one priority over a set of requests (usually one week or month). */
export interface RetrievalStatistics {
  priority: RequestPriority;
  /** Requests closed with any outcome. */
  requests: number;
  /** Requests whose main folder was delivered (the ones with a retrieval time). */
  delivered: number;
  /** percentile_cont(0.5) of delivered retrieval times, minutes; null with none delivered. */
  medianMinutes: number | null;
  /** percentile_cont(0.9) of delivered retrieval times, minutes. */
  p90Minutes: number | null;
  targetMinutes: number;
  /**
   * Delivered within target ÷ all requests closed: a request never delivered (not found,
   * temporary notes) counts as missing the target.
   */
  withinTarget: KpiRatio;
}

/**
 * Retrieval time of a delivered request: requestedAt → deliveredAt in elapsed minutes; null
 * when the main folder was not delivered.
 *
 * @example retrievalMinutes(request) // 20
 */
export function retrievalMinutes(request: RecordRequest): number | null {
  if (request.outcome !== 'delivered' || request.deliveredAt === null) return null;
  return minutesBetween(request.requestedAt, request.deliveredAt);
}

/**
 * Median, 90th percentile and % within target of retrieval times, for each priority (every
 * priority is present, with zero counts when it had no requests). The SQL aggregate
 * `percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY minutes)` must agree with it.
 *
 * @example
 * retrievalStatisticsByPriority(requests).emergency
 * // { priority: 'emergency', requests: 12, delivered: 11, medianMinutes: 18, p90Minutes: 31.5, ... }
 */
export function retrievalStatisticsByPriority(
  requests: readonly RecordRequest[],
  targets: RetrievalTargets = DEFAULT_RETRIEVAL_TARGETS,
): Record<RequestPriority, RetrievalStatistics> {
  const entries = REQUEST_PRIORITIES.map((priority) => {
    const ofPriority = requests.filter((r) => r.priority === priority);
    const minutes = ofPriority.map(retrievalMinutes).filter((m): m is number => m !== null);
    const targetMinutes = targets[priority].maxMinutes;
    const stats: RetrievalStatistics = {
      priority,
      requests: ofPriority.length,
      delivered: minutes.length,
      medianMinutes: median(minutes),
      p90Minutes: percentileCont(minutes, 0.9),
      targetMinutes,
      withinTarget: ratio(minutes.filter((m) => m <= targetMinutes).length, ofPriority.length),
    };
    return [priority, stats] as const;
  });
  return Object.fromEntries(entries) as Record<RequestPriority, RetrievalStatistics>;
}
