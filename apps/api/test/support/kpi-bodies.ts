/**
 * Valid KPI event bodies, each with a fresh external id, as a one-line CSV import and as a single
 * JSON event, for every event kind of docs/api/kpi.md.
 */
const runTag = Math.random().toString(36).slice(2, 7).toUpperCase();
let counter = 0;
function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${runTag}-${counter}`;
}

export function aRecordRequestCsv(lines: string[] = [aRecordRequestLine()]): string {
  return ['external_id,record_id,priority,requesting_location,requested_at,located_at,dispatched_at,delivered_at,outcome,handled_by', ...lines].join('\n') + '\n';
}

export function aRecordRequestLine(overrides: Partial<Record<'id' | 'priority' | 'requestedAt' | 'deliveredAt' | 'outcome', string>> = {}): string {
  const r = { id: uniqueId('RQ'), priority: 'emergency', requestedAt: '2026-03-03 21:10', deliveredAt: '2026-03-03 21:32', outcome: 'delivered', ...overrides };
  return `${r.id},R-0042,${r.priority},A&E records desk,${r.requestedAt},,,${r.deliveredAt},${r.outcome},E1001`;
}

export const KPI_IMPORTS = [
  {
    path: 'record-requests',
    csv: () => aRecordRequestCsv(),
    event: () => ({ externalId: uniqueId('RQ'), recordId: 'R-0042', priority: 'urgent', requestingLocation: 'Ward 4', requestedAt: '2026-03-03T10:00:00Z', deliveredAt: '2026-03-03T11:00:00Z', outcome: 'delivered' }),
  },
  {
    path: 'clinic-pulls',
    csv: () => `external_id,clinic_id,clinic_date,record_id,notes_available_at_start\n${uniqueId('CP')},C-ENT-01,2026-03-03,R-0042,yes\n`,
    event: () => ({ externalId: uniqueId('CP'), clinicId: 'C-ENT-01', clinicDate: '2026-03-03', recordId: 'R-0042', notesAvailableAtStart: true }),
  },
  {
    path: 'filing-backlog',
    csv: () => `external_id,taken_on,location,items,oldest_item_received_on\n${uniqueId('FB')},2026-03-06,Main records library,120,2026-03-02\n`,
    event: () => ({ externalId: uniqueId('FB'), takenOn: '2026-03-06', location: 'Ward 4', items: 0, oldestItemReceivedOn: null }),
  },
  {
    path: 'subject-access-requests',
    csv: () => `external_id,received_on,clock_starts_on,pauses,extended,completed_on\n${uniqueId('SAR')},2026-01-31,,"[{""from"":""2026-02-03"",""to"":""2026-02-10""}]",no,2026-03-02\n`,
    event: () => ({ externalId: uniqueId('SAR'), receivedOn: '2026-01-31', pauses: [], extended: true, completedOn: null }),
  },
] as const;
