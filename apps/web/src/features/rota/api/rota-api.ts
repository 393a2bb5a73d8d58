import type {
  AbsenceDecisionBody,
  AbsenceDto,
  AssignmentWriteDto,
  CalendarFeedDto,
  CreateAbsenceBody,
  CreateAssignmentBody,
  CreateSwapBody,
  ListAbsencesQuery,
  ListSwapsQuery,
  MyShiftDto,
  MySwapsQuery,
  NewCalendarFeedDto,
  Page,
  PlannerDto,
  RotaPeriodDto,
  SolveAcceptedDto,
  SolveDto,
  SolvePersonChangesDto,
  SolvePreviewSummaryDto,
  StartSolveBody,
  SwapDecisionBody,
  SwapDto,
  SwapOptionsDto,
} from '@recordroom/contracts';
import type { CoverCandidates, LeaveRequestCheck } from '@recordroom/rota';
import { apiClient } from '../../../api/api-client';

const id = encodeURIComponent;

/** departmentId: required of admins and senior managers, who see every department. */
export function fetchPeriods(departmentId: string | null, signal?: AbortSignal): Promise<RotaPeriodDto[]> {
  return apiClient.get<RotaPeriodDto[]>('/rota/periods', { query: { departmentId }, signal });
}

export function fetchPlanner(periodId: string, signal?: AbortSignal): Promise<PlannerDto> {
  return apiClient.get<PlannerDto>(`/rota/periods/${id(periodId)}/planner`, { signal });
}

export function fetchCandidates(periodId: string, shiftId: string, signal?: AbortSignal): Promise<CoverCandidates> {
  return apiClient.get<CoverCandidates>(`/rota/periods/${id(periodId)}/shifts/${id(shiftId)}/candidates`, { signal });
}

/** 422 with `violations` when a hard rule forbids it; 409 when the period changed since it was read. */
export function assignToShift(periodId: string, body: CreateAssignmentBody): Promise<AssignmentWriteDto> {
  return apiClient.post<AssignmentWriteDto>(`/rota/periods/${id(periodId)}/assignments`, body);
}

export function removeAssignment(periodId: string, assignmentId: string, periodVersion: number, reason?: string): Promise<{ periodVersion: number }> {
  return apiClient.delete<{ periodVersion: number }>(`/rota/periods/${id(periodId)}/assignments/${id(assignmentId)}`, { query: { periodVersion, reason } });
}

export function publishPeriod(periodId: string, version: number): Promise<RotaPeriodDto> {
  return apiClient.post<RotaPeriodDto>(`/rota/periods/${id(periodId)}/publish`, { version });
}

export function fetchAbsences(query: Pick<ListAbsencesQuery, 'status' | 'page' | 'pageSize'>, signal?: AbortSignal): Promise<Page<AbsenceDto>> {
  return apiClient.get<Page<AbsenceDto>>('/rota/absences', { query, signal });
}

export function fetchLeaveCheck(absenceId: string, signal?: AbortSignal): Promise<LeaveRequestCheck> {
  return apiClient.get<LeaveRequestCheck>(`/rota/absences/${id(absenceId)}/check`, { signal });
}

export function decideAbsence(absenceId: string, body: AbsenceDecisionBody): Promise<AbsenceDto> {
  return apiClient.post<AbsenceDto>(`/rota/absences/${id(absenceId)}/decision`, body);
}

export function requestAbsence(body: CreateAbsenceBody): Promise<AbsenceDto> {
  return apiClient.post<AbsenceDto>('/rota/absences', body);
}

export function cancelAbsence(absenceId: string, version: number): Promise<AbsenceDto> {
  return apiClient.post<AbsenceDto>(`/rota/absences/${id(absenceId)}/cancel`, { version });
}

export function fetchSwaps(query: Pick<ListSwapsQuery, 'status' | 'page' | 'pageSize'>, signal?: AbortSignal): Promise<Page<SwapDto>> {
  return apiClient.get<Page<SwapDto>>('/rota/swaps', { query, signal });
}

export function decideSwap(swapId: string, body: SwapDecisionBody): Promise<SwapDto> {
  return apiClient.post<SwapDto>(`/rota/swaps/${id(swapId)}/decision`, body);
}

export function requestSwap(body: CreateSwapBody): Promise<SwapDto> {
  return apiClient.post<SwapDto>('/rota/swaps', body);
}

/** The requester withdraws a swap still waiting for a decision. */
export function cancelSwap(swapId: string, version: number): Promise<SwapDto> {
  return apiClient.post<SwapDto>(`/rota/swaps/${id(swapId)}/cancel`, { version });
}

/** Swaps I asked for and those asking me, newest first. */
export function fetchMySwaps(query: MySwapsQuery, signal?: AbortSignal): Promise<Page<SwapDto>> {
  return apiClient.get<Page<SwapDto>>('/rota/me/swaps', { query, signal });
}

export function fetchSwapOptions(assignmentId: string, signal?: AbortSignal): Promise<SwapOptionsDto> {
  return apiClient.get<SwapOptionsDto>(`/rota/me/assignments/${id(assignmentId)}/swap-options`, { signal });
}

export function fetchMyShifts(range: { from: string; to: string }, signal?: AbortSignal): Promise<MyShiftDto[]> {
  return apiClient.get<MyShiftDto[]>('/rota/me/shifts', { query: range, signal });
}

export function fetchMyAbsences(signal?: AbortSignal): Promise<AbsenceDto[]> {
  return apiClient.get<AbsenceDto[]>('/rota/me/absences', { signal });
}

export function fetchCalendarFeed(signal?: AbortSignal): Promise<CalendarFeedDto | null> {
  return apiClient.get<CalendarFeedDto | null>('/rota/me/calendar-feed', { signal });
}

/** A new secret address; any earlier one stops working. */
export function createCalendarFeed(): Promise<NewCalendarFeedDto> {
  return apiClient.post<NewCalendarFeedDto>('/rota/me/calendar-feed');
}

export function revokeCalendarFeed(): Promise<void> {
  return apiClient.delete<void>('/rota/me/calendar-feed');
}

export function startSolve(periodId: string, body: StartSolveBody): Promise<SolveDto> {
  return apiClient.post<SolveDto>(`/rota/periods/${id(periodId)}/solves`, body);
}

export function fetchSolves(periodId: string, signal?: AbortSignal): Promise<SolveDto[]> {
  return apiClient.get<SolveDto[]>(`/rota/periods/${id(periodId)}/solves`, { signal });
}

export function fetchSolvePreview(solveId: string, signal?: AbortSignal): Promise<SolvePreviewSummaryDto> {
  return apiClient.get<SolvePreviewSummaryDto>(`/rota/solves/${id(solveId)}/preview`, { signal });
}

/** A page of the people whose rota a preview changes, by name. */
export function fetchSolveChanges(solveId: string, query: { page: number; pageSize: number }, signal?: AbortSignal): Promise<Page<SolvePersonChangesDto>> {
  return apiClient.get<Page<SolvePersonChangesDto>>(`/rota/solves/${id(solveId)}/changes`, { query: { ...query }, signal });
}

export function cancelSolve(solveId: string): Promise<SolveDto> {
  return apiClient.post<SolveDto>(`/rota/solves/${id(solveId)}/cancel`);
}

export function acceptSolve(solveId: string, version: number, reason?: string): Promise<SolveAcceptedDto> {
  return apiClient.post<SolveAcceptedDto>(`/rota/solves/${id(solveId)}/accept`, reason ? { version, reason } : { version });
}

export function rejectSolve(solveId: string, version: number): Promise<SolveDto> {
  return apiClient.post<SolveDto>(`/rota/solves/${id(solveId)}/reject`, { version });
}
