import type { Page, StaffMemberDto, StaffSummaryDto, UpdateStaffBody } from '@recordroom/contracts';
import { apiClient, apiUrl, type QueryParams } from '../../../api/api-client';
import { type DirectoryQuery } from './directory-query';

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

export function fetchStaffPage(query: DirectoryQuery, signal?: AbortSignal): Promise<Page<StaffMemberDto>> {
  return apiClient.get<Page<StaffMemberDto>>('/staff', { query: { page: query.page, pageSize: query.pageSize, ...filterParams(query) }, signal });
}

/** The CSV download of everything the directory query matches (all pages, same order). */
export function staffExportUrl(query: DirectoryQuery): string {
  return apiUrl('/staff/export.csv', filterParams(query));
}

export function fetchStaffMember(id: string, signal?: AbortSignal): Promise<StaffMemberDto> {
  return apiClient.get<StaffMemberDto>(`/staff/${encodeURIComponent(id)}`, { signal });
}

/** Sends only the changed fields with the version they were based on; 409 means someone changed it since. */
export function updateStaffMember(id: string, version: number, changes: Omit<UpdateStaffBody, 'version'>): Promise<StaffMemberDto> {
  return apiClient.patch<StaffMemberDto>(`/staff/${encodeURIComponent(id)}`, { version, ...changes });
}

export function fetchStaffSummary(signal?: AbortSignal): Promise<StaffSummaryDto> {
  return apiClient.get<StaffSummaryDto>('/staff/summary', { signal });
}
