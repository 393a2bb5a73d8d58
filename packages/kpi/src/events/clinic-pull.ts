import type { IsoDate } from '@recordroom/calendar';

/** One booked attendance needing notes, and whether the main folder was there at clinic start. */
export interface ClinicPull {
  clinicId: string;
  clinicDate: IsoDate;
  /** Pseudonymised id of the record. */
  recordId: string;
  notesAvailableAtStart: boolean;
}
