import type { RecordRequest } from '../events/record-request.js';
import { ratio, type KpiRatio } from './kpi-ratio.js';

/**
 * KPI `not-found-percent`: requests closed without the main folder found, of requests closed.
 *
 * @example computeNotFoundRate(requests) // { numerator: 1, denominator: 250, percent: 0.4 }
 */
export function computeNotFoundRate(requests: readonly RecordRequest[]): KpiRatio {
  return ratio(requests.filter((r) => r.outcome === 'not-found').length, requests.length);
}
