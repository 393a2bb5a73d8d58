import type { RecordRequest } from '../events/record-request.js';
import { ratio, type KpiRatio } from './kpi-ratio.js';

/**
 * KPI `temporary-notes-percent`: requests closed by making temporary notes, of requests closed.
 *
 * @example computeTemporaryNotesRate(requests) // { numerator: 2, denominator: 250, percent: 0.8 }
 */
export function computeTemporaryNotesRate(requests: readonly RecordRequest[]): KpiRatio {
  return ratio(requests.filter((r) => r.outcome === 'temporary-notes').length, requests.length);
}
