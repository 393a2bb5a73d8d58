import { type RecordRequest } from '@recordroom/kpi';

/** The import file's columns (docs/api/kpi.md), in the order this writer puts them. */
export const RECORD_REQUEST_CSV_COLUMNS = [
  'external_id',
  'record_id',
  'priority',
  'requesting_location',
  'requested_at',
  'located_at',
  'dispatched_at',
  'delivered_at',
  'outcome',
  'handled_by',
] as const;

function field(value: string | null): string {
  if (value === null) return '';
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Record requests as the import CSV, one string per line (header first), lazily: a benchmark
 * can write a million lines to a file without holding them.
 *
 * @example for (const line of recordRequestCsvLines(demoRecordRequests(departments))) out.write(line)
 */
export function* recordRequestCsvLines(requests: Iterable<RecordRequest>): Generator<string> {
  yield `${RECORD_REQUEST_CSV_COLUMNS.join(',')}\n`;
  for (const r of requests) {
    yield `${[r.id, r.recordId, r.priority, r.requestingLocation, r.requestedAt, r.locatedAt, r.dispatchedAt, r.deliveredAt, r.outcome, r.handledBy].map(field).join(',')}\n`;
  }
}
