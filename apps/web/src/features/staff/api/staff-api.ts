import { apiClient, apiUrl, type QueryParams } from '../../../api/api-client';
import { type DirectoryQuery } from './directory-query';
import { type StaffMemberChanges, type StaffMemberDto, type StaffPage, type StaffSummary } from './types';

function filterParams(query: DirectoryQuery): QueryParams {
  return {
    sort: query.sort,
    order: query.order,
    search: query.search,
    band: query.band,
    teamId: query.teamId,
    contractType: query.contractType,
    skill: query.skill,
  };
}

export function fetchStaffPage(query: DirectoryQuery, signal?: AbortSignal): Promise<StaffPage> {
  return apiClient.get<StaffPage>('/staff', { query: { page: query.page, pageSize: query.pageSize, ...filterParams(query) }, signal });
}

/** The CSV download of everything the directory query matches (all pages, same order). */
export function staffExportUrl(query: DirectoryQuery): string {
  return apiUrl('/staff/export.csv', filterParams(query));
}

export function fetchStaffMember(id: string, signal?: AbortSignal): Promise<StaffMemberDto> {
  return apiClient.get<StaffMemberDto>(`/staff/${encodeURIComponent(id)}`, { signal });
}

/** Sends only the changed fields with the version they were based on; 409 means someone changed it since. */
export function updateStaffMember(id: string, version: number, changes: StaffMemberChanges): Promise<StaffMemberDto> {
  return apiClient.patch<StaffMemberDto>(`/staff/${encodeURIComponent(id)}`, { version, ...changes });
}

export function fetchStaffSummary(signal?: AbortSignal): Promise<StaffSummary> {
  return apiClient.get<StaffSummary>('/staff/summary', { signal });
}
