import { type ClinicPull } from '@recordroom/kpi';
import { type ImportKind } from './import-kind.js';
import { RowChecks, lineValidator } from './row-checks.js';

export interface ClinicPullEvent extends ClinicPull {
  id: string;
}

/** Clinic pulls: one booked attendance's notes, and whether they were there at clinic start. */
export const CLINIC_PULL_IMPORT: ImportKind<ClinicPullEvent> = {
  name: 'clinic-pulls',
  table: 'clinic_pull',
  columns: [
    { csv: 'external_id', field: 'id', required: true },
    { csv: 'clinic_id', field: 'clinicId', required: true },
    { csv: 'clinic_date', field: 'clinicDate', required: true },
    { csv: 'record_id', field: 'recordId', required: true },
    { csv: 'notes_available_at_start', field: 'notesAvailableAtStart', required: true },
  ],
  stagingColumns: ['external_id text', 'clinic_id text', 'clinic_date date', 'record_id text', 'notes_available_at_start boolean'],
  createValidator: (now) =>
    lineValidator((row) => {
      const check = new RowChecks(row);
      const id = check.identifier('id');
      const clinicId = check.identifier('clinicId');
      const clinicDate = check.date('clinicDate', true, now.slice(0, 10));
      const recordId = check.pseudonym('recordId');
      const notesAvailableAtStart = check.boolean('notesAvailableAtStart');
      if (check.errors.length > 0 || clinicDate === null || notesAvailableAtStart === null) return { ok: false, errors: check.errors };
      return { ok: true, value: { id, clinicId, clinicDate, recordId, notesAvailableAtStart } };
    }),
  stagingRow: (p) => [p.id, p.clinicId, p.clinicDate, p.recordId, p.notesAvailableAtStart],
};
