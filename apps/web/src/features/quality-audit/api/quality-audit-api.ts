import type { ActionDto, AuditAnswerDto, AuditDto, AuditSummaryDto, CreateActionDto, CreateAuditDto, CreateTemplateDto, ProgrammeEntryDto, StandardDto, TemplateDto, TemplateTrendDto, UpdateActionDto } from '@recordroom/contracts';
import { apiClient } from '../../../api/api-client';

/** Records-quality audits (/api/quality-audits); the audit trail is features/audit. */
export const qualityAuditKeys = {
  all: ['quality-audits'] as const,
  standards: () => [...qualityAuditKeys.all, 'standards'] as const,
  templates: () => [...qualityAuditKeys.all, 'templates'] as const,
  audits: () => [...qualityAuditKeys.all, 'audits'] as const,
  audit: (id: string) => [...qualityAuditKeys.all, 'audit', id] as const,
  actions: () => [...qualityAuditKeys.all, 'actions'] as const,
  programme: () => [...qualityAuditKeys.all, 'programme'] as const,
  /** One department's trends, or (no id) the caller's whole scope: the KPI board's filter and /quality-audits. */
  trends: (departmentId?: string) => [...qualityAuditKeys.all, 'trends', departmentId ?? ''] as const,
};

const base = '/quality-audits';

export const qualityAuditApi = {
  standards: (signal?: AbortSignal) => apiClient.get<StandardDto[]>(`${base}/standards`, { signal }),
  templates: (signal?: AbortSignal) => apiClient.get<TemplateDto[]>(`${base}/templates`, { signal }),
  createTemplate: (body: CreateTemplateDto) => apiClient.post<TemplateDto>(`${base}/templates`, body),
  reviseTemplate: (id: string, body: Omit<CreateTemplateDto, 'departmentId'> & { version: number }) => apiClient.post<TemplateDto>(`${base}/templates/${id}/revisions`, body),
  audits: (signal?: AbortSignal) => apiClient.get<AuditSummaryDto[]>(`${base}/audits`, { signal }),
  audit: (id: string, signal?: AbortSignal) => apiClient.get<AuditDto>(`${base}/audits/${id}`, { signal }),
  createAudit: (body: CreateAuditDto) => apiClient.post<AuditDto>(`${base}/audits`, body),
  saveAnswers: (id: string, version: number, answers: AuditAnswerDto[]) => apiClient.put<AuditDto>(`${base}/audits/${id}/answers`, { version, answers }),
  submit: (id: string, version: number) => apiClient.post<AuditDto>(`${base}/audits/${id}/submit`, { version }),
  amend: (id: string, version: number, reason: string) => apiClient.post<AuditDto>(`${base}/audits/${id}/amendments`, { version, reason }),
  actions: (signal?: AbortSignal) => apiClient.get<ActionDto[]>(`${base}/actions`, { signal }),
  createAction: (body: CreateActionDto) => apiClient.post<ActionDto>(`${base}/actions`, body),
  updateAction: (id: string, body: UpdateActionDto) => apiClient.patch<ActionDto>(`${base}/actions/${id}`, body),
  programme: (signal?: AbortSignal) => apiClient.get<ProgrammeEntryDto[]>(`${base}/programme`, { signal }),
  trends: (departmentId: string | undefined, signal?: AbortSignal) => apiClient.get<TemplateTrendDto[]>(`${base}/trends`, { query: { departmentId: departmentId || undefined }, signal }),
};
