import { ASSIGNMENT_SOURCES, RULE_IDS, type AssignmentSource, type CoverGap, type FairnessLedgerEntry, type GapHeatmap, type RotaPeriodStatus, type Violation } from '@recordroom/rota';
import { type AfcBand, type ContractType, type LocationKind, type Skill } from '@recordroom/people';
import { z } from 'zod';
import { type AbsenceDto } from './absence.dto.js';
import { type ShiftTypeDto } from './shift-type.dto.js';
import { isoDate, note, reason, version } from './rota-fields.js';

export const createPeriodSchema = z.strictObject({
  departmentId: z.uuid().optional(),
  name: z.string().trim().min(1, 'is required').max(100),
  startDate: isoDate,
  endDate: isoDate,
});
export type CreatePeriodDto = z.infer<typeof createPeriodSchema>;

export const publishPeriodSchema = z.strictObject({ version });
export const reopenPeriodSchema = z.strictObject({ version, reason });
export const finalisePeriodSchema = z.strictObject({ version });

export const createShiftSchema = z.strictObject({ shiftTypeId: z.uuid(), date: isoDate, periodVersion: version, reason: reason.optional() });
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

export const deleteAssignmentQuery = z.strictObject({ periodVersion: z.coerce.number().int().min(1), reason: reason.optional() });
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

export type ViolationDto = Violation;

export interface PlannerStaffDto {
  id: string;
  name: string;
  band: AfcBand;
  teamId: string | null;
  teamName: string | null;
  contractedHoursPerWeek: number;
  skills: Skill[];
  contractType: ContractType;
  /** The caller may change this person's shifts. */
  inScope: boolean;
}

export interface PlannerDto {
  period: RotaPeriodDto;
  dates: string[];
  locations: { id: string; name: string; kind: LocationKind }[];
  shiftTypes: ShiftTypeDto[];
  staff: PlannerStaffDto[];
  shifts: ShiftDto[];
  assignments: AssignmentDto[];
  absences: AbsenceDto[];
  gaps: CoverGap[];
  heatmap: GapHeatmap;
  violations: ViolationDto[];
  fairness: FairnessLedgerEntry[];
  hoursByStaff: { staffId: string; plannedMinutes: number; contractedMinutes: number }[];
}

export interface AssignmentWriteDto {
  assignment: AssignmentDto;
  periodVersion: number;
  warnings: ViolationDto[];
}
