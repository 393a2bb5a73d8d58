import { type Absence, type Assignment, type CoverRequirement, type RotaPeriod, type Shift, type ShiftType, type WorkingPattern } from '@recordroom/rota';

/** Rows of the rota of a demo organisation, shaped as the domain model plus what persistence keys them by. */
export interface DemoShiftType extends ShiftType {
  organisationId: string;
  departmentId: string;
  paidBreakMinutes: number;
}

export interface DemoCoverRequirement extends CoverRequirement {
  organisationId: string;
  departmentId: string;
}

export interface DemoWorkingPattern extends WorkingPattern {
  organisationId: string;
  staffId: string;
}

export interface DemoRotaPeriod extends RotaPeriod {
  organisationId: string;
  departmentId: string;
  /** ISO instant; null for a draft. */
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface DemoShift extends Shift {
  organisationId: string;
  periodId: string;
}

export interface DemoAssignment extends Assignment {
  organisationId: string;
  periodId: string;
}

export interface DemoAbsence extends Absence {
  organisationId: string;
  departmentId: string;
  note: string | null;
  decidedBy: string | null;
  /** ISO instant of the decision; null while requested. */
  decidedAt: string | null;
}

export interface DemoSwapRequest {
  id: string;
  organisationId: string;
  departmentId: string;
  status: 'requested' | 'approved' | 'declined' | 'cancelled';
  fromAssignmentId: string;
  fromStaffId: string;
  toStaffId: string;
  toAssignmentId: string | null;
  note: string | null;
}

export interface DemoRota {
  shiftTypes: DemoShiftType[];
  coverRequirements: DemoCoverRequirement[];
  workingPatterns: DemoWorkingPattern[];
  periods: DemoRotaPeriod[];
  shifts: DemoShift[];
  assignments: DemoAssignment[];
  absences: DemoAbsence[];
  swaps: DemoSwapRequest[];
}
