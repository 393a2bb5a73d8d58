import { useQuery } from '@tanstack/react-query';
import { qualityAuditApi, qualityAuditKeys } from '../api/quality-audit-api';

export function useQualityTemplates() {
  return useQuery({ queryKey: qualityAuditKeys.templates(), queryFn: ({ signal }) => qualityAuditApi.templates(signal) });
}
export function useQualityStandards() {
  return useQuery({ queryKey: qualityAuditKeys.standards(), queryFn: ({ signal }) => qualityAuditApi.standards(signal) });
}
export function useQualityAudits() {
  return useQuery({ queryKey: qualityAuditKeys.audits(), queryFn: ({ signal }) => qualityAuditApi.audits(signal) });
}
export function useQualityAudit(id: string) {
  return useQuery({ queryKey: qualityAuditKeys.audit(id), queryFn: ({ signal }) => qualityAuditApi.audit(id, signal) });
}
export function useQualityActions() {
  return useQuery({ queryKey: qualityAuditKeys.actions(), queryFn: ({ signal }) => qualityAuditApi.actions(signal) });
}
export function useAuditProgramme() {
  return useQuery({ queryKey: qualityAuditKeys.programme(), queryFn: ({ signal }) => qualityAuditApi.programme(signal) });
}
/** Compliance of each template across its cycles: one department's (the KPI board's filter) or the caller's whole scope. */
export function useAuditTrends(departmentId?: string) {
  const department = departmentId || undefined;
  return useQuery({ queryKey: qualityAuditKeys.trends(department), queryFn: ({ signal }) => qualityAuditApi.trends(department, signal) });
}
