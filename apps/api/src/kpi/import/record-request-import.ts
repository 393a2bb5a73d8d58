import { validateRecordRequestRow, type RecordRequest } from '@recordroom/kpi';
import { type ImportKind } from './import-kind.js';
import { lineValidator } from './row-checks.js';

/**
 * Record requests (docs/api/kpi.md "Events"), each line checked by @recordroom/kpi's
 * validateRecordRequestRow. Not createRecordRequestValidator: its in-memory map of ids seen grows
 * with the file; the import has the database find repeated ids instead.
 */
export const RECORD_REQUEST_IMPORT: ImportKind<RecordRequest> = {
  name: 'record-requests',
  table: 'record_request',
  columns: [
    { csv: 'external_id', field: 'id', required: true },
    { csv: 'record_id', field: 'recordId', required: true },
    { csv: 'priority', field: 'priority', required: true },
    { csv: 'requesting_location', field: 'requestingLocation', required: true },
    { csv: 'requested_at', field: 'requestedAt', required: true },
    { csv: 'located_at', field: 'locatedAt', required: false },
    { csv: 'dispatched_at', field: 'dispatchedAt', required: false },
    { csv: 'delivered_at', field: 'deliveredAt', required: true },
    { csv: 'outcome', field: 'outcome', required: true },
    { csv: 'handled_by', field: 'handledBy', required: false },
  ],
  stagingColumns: [
    'external_id text',
    'record_id text',
    'priority text',
    'requesting_location text',
    'requested_at timestamptz',
    'located_at timestamptz',
    'dispatched_at timestamptz',
    'delivered_at timestamptz',
    'outcome text',
    'handled_by text',
  ],
  createValidator: (now) => lineValidator((row) => validateRecordRequestRow(row, { now })),
  stagingRow: (r) => [r.id, r.recordId, r.priority, r.requestingLocation, r.requestedAt, r.locatedAt, r.dispatchedAt, r.deliveredAt, r.outcome, r.handledBy],
};
