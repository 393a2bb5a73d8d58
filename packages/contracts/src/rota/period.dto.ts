import { ASSIGNMENT_SOURCES, RULE_IDS, type AssignmentSource, type RotaPeriodStatus, type Violation } from '@recordroom/rota';
import { z } from 'zod';
import { dateWithBankHolidayData, queryVersion, version } from '../common/fields.js';
import { note, reason } from './rota-fields.js';

export const createPeriodSchema = z.strictObject({
  departmentId: z.uuid().optional(),
  name: z.string().trim().min(1, 'is required').max(100),
  startDate: dateWithBankHolidayData,
  endDate: dateWithBankHolidayData,
});
export type CreatePeriodDto = z.infer<typeof createPeriodSchema>;

export const publishPeriodSchema = z.strictObject({ version });
export const reopenPeriodSchema = z.strictObject({ version, reason });
export const finalisePeriodSchema = z.strictObject({ version });

export const createShiftSchema = z.strictObject({ shiftTypeId: z.uuid(), date: dateWithBankHolidayData, periodVersion: version, reason: reason.optional() });
export type CreateShiftDto = z.infer<typeof createShiftSchema>;

export const createAssignmentSchema = z.strictObject({
  shiftId: z.uuid(),
  staffId: z.uuid(),
  source: z.enum(ASSIGNMENT_SOURCES).default('manual'),
  periodVersion: version,
  reason: reason.optional(),
  acknowledgements: z.array(z.strictObject({ ruleId: z.enum(RULE_IDS), note: note.min(1, 'is required') })).max(RULE_IDS.length).default([]),
});
export type CreateAssignmentDto = z.infer<typeof createAssignmentSchema>;
/** POST /rota/periods/:id/assignments as a client writes it: source and acknowledgements may be left out. */
export type CreateAssignmentBody = z.input<typeof createAssignmentSchema>;

export const deleteAssignmentQuery = z.strictObject({ periodVersion: queryVersion, reason: reason.optional() });
export type DeleteAssignmentQuery = z.infer<typeof deleteAssignmentQuery>;

export interface RotaPeriodDto {
  id: string;
  departmentId: string;
  name: string;
  startDate: string;
  endDate: string;
  status: RotaPeriodStatus;
  version: number;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface ShiftDto {
  id: string;
  periodId: string;
  shiftTypeId: string;
  date: string;
}

export interface AssignmentDto {
  id: string;
  shiftId: string;
  staffId: string;
  source: AssignmentSource;
  acknowledgements: { ruleId: string; note: string }[];
}

/** A rule breach as the API sends it: the domain's Violation, unchanged. */
export type ViolationDto = Violation;

export interface AssignmentWriteDto {
  assignment: AssignmentDto;
  periodVersion: number;
  warnings: ViolationDto[];
}
