/**
 * The rota API's wire types (/api/rota/..., see docs/api/rota.md). Domain shapes the API passes
 * through unchanged (gaps, heatmap, violations, candidates, fairness, leave checks) are imported
 * from @recordroom/rota so the two cannot drift.
 */
import type { AbsenceKind, AbsenceStatus, AssignmentSource, CoverCandidate, CoverCandidates, CoverGap, FairnessLedgerEntry, GapHeatmap, LeaveRequestCheck, RotaPeriodStatus, Violation } from '@recordroom/rota';
import { type AfcBand, type ContractType, type Skill } from '../../staff/api/types';

export type { AbsenceKind, AbsenceStatus, AssignmentSource, CoverCandidate, CoverCandidates, CoverGap, FairnessLedgerEntry, GapHeatmap, LeaveRequestCheck, RotaPeriodStatus };

/** A rule breach as the API sends it: the domain's Violation. */
export type ViolationDto = Violation;

export interface ShiftTypeDto {
  id: string;
  departmentId: string;
  code: string;
  name: string;
  /** Wall clock, HH:MM. */
  start: string;
  end: string;
  endsNextDay: boolean;
  unpaidBreakMinutes: number;
  paidBreakMinutes: number;
  locationId: string;
  locationName: string;
  requiredSkill: Skill | null;
  /** Wall clock minus unpaid break. */
  paidMinutes: number;
  version: number;
}

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

export interface AbsenceDto {
  id: string;
  staffId: string;
  staffName: string;
  kind: AbsenceKind;
  /** The domain's statuses, and 'cancelled' once the requester or a manager withdraws it. */
  status: AbsenceStatus | 'cancelled';
  startDate: string;
  endDate: string;
  startTime?: string;
  endTime?: string;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  version: number;
}

export type SwapStatus = 'requested' | 'approved' | 'declined' | 'cancelled';

export interface SwapDto {
  id: string;
  status: SwapStatus;
  from: { assignmentId: string; staffId: string; staffName: string; date: string; shiftTypeCode: string };
  to: { staffId: string; staffName: string; assignmentId: string | null; date: string | null; shiftTypeCode: string | null };
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  version: number;
}

export interface PlannerLocation {
  id: string;
  name: string;
  kind: string;
}

export interface PlannerStaffMember {
  id: string;
  name: string;
  band: AfcBand;
  teamId: string | null;
  teamName: string | null;
  contractedHoursPerWeek: number;
  skills: Skill[];
  contractType: ContractType;
  /** The caller may edit this person's assignments (an officer: people in their line). */
  inScope: boolean;
}

export interface HoursByStaff {
  staffId: string;
  plannedMinutes: number;
  contractedMinutes: number;
}

/** GET /periods/:id/planner: everything the planner grid draws, in one response. */
export interface PlannerDto {
  period: RotaPeriodDto;
  dates: string[];
  locations: PlannerLocation[];
  shiftTypes: ShiftTypeDto[];
  staff: PlannerStaffMember[];
  shifts: ShiftDto[];
  assignments: AssignmentDto[];
  absences: AbsenceDto[];
  gaps: CoverGap[];
  heatmap: GapHeatmap;
  violations: ViolationDto[];
  fairness: FairnessLedgerEntry[];
  hoursByStaff: HoursByStaff[];
}

export interface AssignRequest {
  shiftId: string;
  staffId: string;
  periodVersion: number;
  source?: AssignmentSource;
  reason?: string;
}

export interface AssignResult {
  assignment: AssignmentDto;
  periodVersion: number;
  warnings: ViolationDto[];
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export type Decision = 'approve' | 'decline';

/** GET /me/shifts: one of my shifts in a published or finalised period. */
export interface MyShiftDto {
  date: string;
  start: string;
  end: string;
  endsNextDay: boolean;
  shiftTypeCode: string;
  shiftTypeName: string;
  locationName: string;
  periodName: string;
  assignmentId: string;
  /** Part of a swap waiting for a decision (offered by me, or asked of me in exchange). */
  swapPending: boolean;
  /** May be offered in a swap: a published rota, not yet started, no swap pending. */
  offerable: boolean;
}

/** A shift as a swap shows it: mine to offer, or a colleague's to take in return. */
export interface SwapShiftDto {
  assignmentId: string;
  date: string;
  start: string;
  end: string;
  endsNextDay: boolean;
  shiftTypeCode: string;
  shiftTypeName: string;
}

/** GET /me/assignments/:id/swap-options: colleagues who could take my shift, and theirs I could take back. */
export interface SwapOptionsDto {
  shift: SwapShiftDto;
  colleagues: { staffId: string; name: string; takesWithoutExchange: boolean; exchanges: SwapShiftDto[] }[];
}

/**
 * A calendar feed. Only the token's hash is stored, so the address comes back only from POST (when
 * made); GET answers `url: null` for an existing feed.
 */
export interface CalendarFeedDto {
  url: string | null;
  createdAt: string;
}

export interface LeaveRequestBody {
  staffId?: string;
  kind: AbsenceKind;
  startDate: string;
  endDate: string;
  startTime?: string;
  endTime?: string;
  note?: string;
}

export interface SwapRequestBody {
  fromAssignmentId: string;
  toStaffId: string;
  toAssignmentId?: string;
  note?: string;
}
