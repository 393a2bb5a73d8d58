import { ABSENCE_KINDS, type AbsenceKind } from '@recordroom/rota';
import { z } from 'zod';
import { dateWithBankHolidayData, version } from '../common/fields.js';
import { pagingQuery } from '../common/paging.js';
import { ABSENCE_RECORD_STATUSES, type AbsenceRecordStatus } from './record-statuses.js';
import { decision, note, wallClockTime } from './rota-fields.js';

export const createAbsenceSchema = z.strictObject({
  staffId: z.uuid().optional(),
  kind: z.enum(ABSENCE_KINDS),
  startDate: dateWithBankHolidayData,
  /** At most 366 days after startDate, a rule of the rota's (validateAbsence: 422). */
  endDate: dateWithBankHolidayData,
  startTime: wallClockTime.optional(),
  endTime: wallClockTime.optional(),
  note: note.optional(),
});
export type CreateAbsenceDto = z.infer<typeof createAbsenceSchema>;
/** POST /rota/absences: leave asked for by the person (staffId left out) or recorded for them by a manager. */
export type CreateAbsenceBody = z.input<typeof createAbsenceSchema>;

export const absenceDecisionSchema = z.strictObject({ decision, version, note: note.optional() });
export type AbsenceDecisionDto = z.infer<typeof absenceDecisionSchema>;
export type AbsenceDecisionBody = z.input<typeof absenceDecisionSchema>;

export const cancelAbsenceSchema = z.strictObject({ version });

export const listAbsencesQuery = z.strictObject({
  ...pagingQuery,
  status: z.enum(ABSENCE_RECORD_STATUSES).optional(),
  departmentId: z.uuid().optional(),
  from: dateWithBankHolidayData.optional().describe('Absences ending on or after this date'),
  to: dateWithBankHolidayData.optional().describe('Absences starting on or before this date'),
});
export type ListAbsencesQuery = z.infer<typeof listAbsencesQuery>;

export interface AbsenceDto {
  id: string;
  staffId: string;
  staffName: string;
  kind: AbsenceKind;
  /** The domain's statuses, and 'cancelled' once the requester or a manager withdraws it. */
  status: AbsenceRecordStatus;
  startDate: string;
  endDate: string;
  startTime?: string;
  endTime?: string;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  version: number;
}
