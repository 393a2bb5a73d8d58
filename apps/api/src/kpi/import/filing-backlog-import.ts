import { type FilingBacklogSnapshot } from '@recordroom/kpi';
import { type ImportKind } from './import-kind.js';
import { RowChecks, lineValidator } from './row-checks.js';

export interface FilingBacklogEvent extends FilingBacklogSnapshot {
  id: string;
}

/** Filing backlog snapshots: items waiting at a location on a day, and when the oldest arrived. */
export const FILING_BACKLOG_IMPORT: ImportKind<FilingBacklogEvent> = {
  name: 'filing-backlog',
  table: 'filing_backlog_snapshot',
  columns: [
    { csv: 'external_id', field: 'id', required: true },
    { csv: 'taken_on', field: 'takenOn', required: true },
    { csv: 'location', field: 'location', required: true },
    { csv: 'items', field: 'items', required: true },
    { csv: 'oldest_item_received_on', field: 'oldestItemReceivedOn', required: false },
  ],
  stagingColumns: ['external_id text', 'taken_on date', 'location text', 'items integer', 'oldest_item_received_on date'],
  createValidator: (now) =>
    lineValidator((row) => {
      const check = new RowChecks(row);
      const today = now.slice(0, 10);
      const id = check.identifier('id');
      const takenOn = check.date('takenOn', true, today);
      const location = check.freeText('location');
      const items = check.wholeNumber('items');
      const oldestItemReceivedOn = check.date('oldestItemReceivedOn', false, today);
      if (takenOn !== null && oldestItemReceivedOn !== null && oldestItemReceivedOn > takenOn) {
        check.errors.push({ field: 'oldestItemReceivedOn', message: 'is after takenOn' });
      }
      if (items === 0 && oldestItemReceivedOn !== null) check.errors.push({ field: 'oldestItemReceivedOn', message: 'must be empty when no items are waiting' });
      if (check.errors.length > 0 || takenOn === null || items === null) return { ok: false, errors: check.errors };
      return { ok: true, value: { id, takenOn, location, items, oldestItemReceivedOn } };
    }),
  stagingRow: (s) => [s.id, s.takenOn, s.location, s.items, s.oldestItemReceivedOn],
};
