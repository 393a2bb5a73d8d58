import { isIsoDate } from '@recordroom/calendar';
import { dueDateOf, type SarPause, type SubjectAccessRequest } from '@recordroom/kpi';
import { type ImportKind } from './import-kind.js';
import { RowChecks, lineValidator } from './row-checks.js';

/** Reads the `pauses` cell: a JSON list of {from, to} dates, `to` null while still waiting. */
function parsePauses(text: string, check: RowChecks): SarPause[] {
  if (text === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    check.errors.push({ field: 'pauses', message: 'is not JSON: write [{"from":"2025-03-03","to":"2025-03-10"}]' });
    return [];
  }
  const pauses = Array.isArray(parsed) ? parsed : [];
  const valid = pauses.every(
    (p: unknown) =>
      typeof p === 'object' && p !== null && isIsoDate((p as SarPause).from) && ((p as SarPause).to === null || isIsoDate((p as SarPause).to)) && ((p as SarPause).to ?? '9999') >= (p as SarPause).from,
  );
  if (!Array.isArray(parsed) || !valid) {
    check.errors.push({ field: 'pauses', message: 'must be a list of {from, to} dates, to on or after from (to null while waiting)' });
    return [];
  }
  return pauses.map((p: SarPause) => ({ from: p.from, to: p.to }));
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
      const id = check.required('id');
      const receivedOn = check.date('receivedOn', true, today);
      const clockStartsOn = check.date('clockStartsOn', false, today);
      const pauses = parsePauses(check.text('pauses'), check);
      const extended = check.text('extended') === '' ? false : check.boolean('extended');
      const completedOn = check.date('completedOn', false, today);
      check.notBefore('clockStartsOn', clockStartsOn, 'receivedOn', receivedOn);
      check.notBefore('completedOn', completedOn, 'receivedOn', receivedOn);
      if (check.errors.length > 0 || receivedOn === null || extended === null) return { ok: false, errors: check.errors };
      if (receivedOn < '2015-01-01' || receivedOn > '2030-12-31') return { ok: false, errors: [{ field: 'receivedOn', message: 'must be from 2015 to 2030, the years whose bank holidays are known' }] };
      return { ok: true, value: { id, receivedOn, clockStartsOn, pauses, extended, completedOn } };
    }),
  stagingRow: (s) => [s.id, s.receivedOn, s.clockStartsOn, JSON.stringify(s.pauses), s.extended, s.completedOn, dueDateOf(s)],
};
