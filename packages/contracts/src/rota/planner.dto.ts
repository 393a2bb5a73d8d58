import { type AfcBand, type ContractType, type LocationKind, type Skill } from '@recordroom/people';
import { type CoverGap, type FairnessLedgerEntry, type GapHeatmap } from '@recordroom/rota';
import { type AbsenceDto } from './absence.dto.js';
import { type AssignmentDto, type RotaPeriodDto, type ShiftDto, type ViolationDto } from './period.dto.js';
import { type ShiftTypeDto } from './shift-type.dto.js';

export interface PlannerStaffDto {
  id: string;
  name: string;
  band: AfcBand;
  teamId: string | null;
  teamName: string | null;
  contractedHoursPerWeek: number;
  skills: Skill[];
  contractType: ContractType;
  /** The caller may change this person's shifts (an officer: people in their line). */
  inScope: boolean;
}

/** A person's planned minutes in the period against their contract's. */
export interface HoursByStaffDto {
  staffId: string;
  plannedMinutes: number;
  contractedMinutes: number;
}

/** GET /rota/periods/:id/planner: everything the planner grid draws, in one response. */
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
  hoursByStaff: HoursByStaffDto[];
}
