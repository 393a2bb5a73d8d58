import type {
  CloseSicknessBody,
  MyTeamDto,
  PersonRecordDto,
  PutCheckBody,
  RecordSicknessBody,
  ReturnToWorkBody,
  SicknessEpisodeDto,
  TeamComplianceDto,
  WhoIsOffDto,
} from '@recordroom/contracts';
import { apiClient } from '../../../api/api-client';

const person = (id: string): string => `/people/staff/${encodeURIComponent(id)}`;

export function fetchMyTeam(signal?: AbortSignal): Promise<MyTeamDto> {
  return apiClient.get<MyTeamDto>('/people/team', { signal });
}

export function fetchPersonRecord(id: string, signal?: AbortSignal): Promise<PersonRecordDto> {
  return apiClient.get<PersonRecordDto>(person(id), { signal });
}

export function fetchCompliance(signal?: AbortSignal): Promise<TeamComplianceDto> {
  return apiClient.get<TeamComplianceDto>('/people/compliance', { signal });
}

export function fetchWhoIsOff(from: string, to: string, signal?: AbortSignal): Promise<WhoIsOffDto> {
  return apiClient.get<WhoIsOffDto>('/people/off', { query: { from, to }, signal });
}

export function recordSickness(staffId: string, body: RecordSicknessBody): Promise<SicknessEpisodeDto> {
  return apiClient.post<SicknessEpisodeDto>(`${person(staffId)}/sickness`, body);
}

export function closeSickness(id: string, body: CloseSicknessBody): Promise<SicknessEpisodeDto> {
  return apiClient.post<SicknessEpisodeDto>(`/people/sickness/${encodeURIComponent(id)}/close`, body);
}

export function bookReturnToWork(id: string, body: ReturnToWorkBody): Promise<SicknessEpisodeDto> {
  return apiClient.post<SicknessEpisodeDto>(`/people/sickness/${encodeURIComponent(id)}/return-to-work`, body);
}

export function recordTraining(staffId: string, body: { courseId: string; completedOn: string }): Promise<{ id: string }> {
  return apiClient.post<{ id: string }>(`${person(staffId)}/training`, body);
}

export function recordAppraisal(staffId: string, body: { completedOn: string }): Promise<{ id: string }> {
  return apiClient.post<{ id: string }>(`${person(staffId)}/appraisals`, body);
}

export function putCheck(staffId: string, body: PutCheckBody): Promise<{ version: number }> {
  return apiClient.put<{ version: number }>(`${person(staffId)}/checks`, body);
}
