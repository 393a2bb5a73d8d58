import { dueDateOf, parseSarPauses, sarClockErrors, type SarPause, type SubjectAccessRequest } from '@recordroom/kpi';
import { type ImportKind } from './import-kind.js';
import { RowChecks, lineValidator } from './row-checks.js';

/** Reads the `pauses` cell (@recordroom/kpi parseSarPauses: at most 50 pauses, 4,000 characters). */
function pauses(check: RowChecks): SarPause[] {
  const parsed = parseSarPauses(check.text('pauses'));
  if ('error' in parsed) {
    check.errors.push({ field: 'pauses', message: parsed.error });
    return [];
  }
  return parsed.pauses;
}

/** Subject access requests: the clock's dates; the statutory due date is computed here, by the domain. */
export const SUBJECT_ACCESS_REQUEST_IMPORT: ImportKind<SubjectAccessRequest> = {
  name: 'subject-access-requests',
  table: 'subject_access_request',
  columns: [
    { csv: 'external_id', field: 'id', required: true },
    { csv: 'received_on', field: 'receivedOn', required: true },
    { csv: 'clock_starts_on', field: 'clockStartsOn', required: false },
    { csv: 'pauses', field: 'pauses', required: false },
    { csv: 'extended', field: 'extended', required: false },
    { csv: 'completed_on', field: 'completedOn', required: false },
  ],
  stagingColumns: ['external_id text', 'received_on date', 'clock_starts_on date', 'pauses jsonb', 'extended boolean', 'completed_on date', 'due_on date'],
  createValidator: (now) =>
    lineValidator((row) => {
      const check = new RowChecks(row);
      const today = now.slice(0, 10);
      const id = check.identifier('id');
      const receivedOn = check.date('receivedOn', true, today);
      const clockStartsOn = check.date('clockStartsOn', false, today);
      const paused = pauses(check);
      const extended = check.text('extended') === '' ? false : check.boolean('extended');
      const completedOn = check.date('completedOn', false, today);
      check.notBefore('clockStartsOn', clockStartsOn, 'receivedOn', receivedOn);
      check.notBefore('completedOn', completedOn, 'receivedOn', receivedOn);
      if (check.errors.length > 0 || receivedOn === null || extended === null) return { ok: false, errors: check.errors };
      const sar = { receivedOn, clockStartsOn, pauses: paused, extended, completedOn };
      // The pauses inside the request's own window, and a due date inside the bank-holiday data.
      const clock = sarClockErrors(sar, today);
      if (clock.length > 0) return { ok: false, errors: clock };
      return { ok: true, value: { id, ...sar } };
    }),
  stagingRow: (s) => [s.id, s.receivedOn, s.clockStartsOn, JSON.stringify(s.pauses), s.extended, s.completedOn, dueDateOf(s)],
};
