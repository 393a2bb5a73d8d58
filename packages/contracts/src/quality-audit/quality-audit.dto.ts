import type { Answer, AuditResult, CycleComparison, Rag, SuggestedAction, TemplateVersion } from '@recordroom/audit';
import type { SpcResult } from '@recordroom/kpi';
import { z } from 'zod';
import { dateWithBankHolidayData, version } from '../common/fields.js';

/**
 * Records-quality audits (docs/api/quality-audits.md), not the audit trail (audit-event.dto.ts).
 * Dates are days of the bank-holiday data like every rota and KPI date.
 */
const text = (max: number) => z.string().trim().min(1, 'is required').max(max);

const STANDARD_CATEGORIES = ['record-keeping', 'service'] as const;
export const AUDIT_SCOPE_KINDS = ['location', 'team', 'specialty'] as const;
const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;

export const qualityDepartmentQuery = z.strictObject({ departmentId: z.uuid().optional() });
export type QualityDepartmentQuery = z.infer<typeof qualityDepartmentQuery>;

const standardFields = {
  code: z.string().trim().regex(/^[A-Za-z0-9-]{1,12}$/, 'must be 1-12 letters, digits or hyphens'),
  title: text(200),
  category: z.enum(STANDARD_CATEGORIES),
  description: z.string().trim().max(2000),
  source: z.string().trim().max(500),
};
export const createStandardSchema = z.strictObject({ departmentId: z.uuid().optional(), ...standardFields });
export type CreateStandardDto = z.infer<typeof createStandardSchema>;
export const updateStandardSchema = z.strictObject({ version, ...z.object(standardFields).partial().shape });
export type UpdateStandardDto = z.infer<typeof updateStandardSchema>;

export interface StandardDto {
  id: string;
  departmentId: string;
  code: string;
  title: string;
  category: (typeof STANDARD_CATEGORIES)[number];
  description: string;
  source: string;
  version: number;
}

const criterionSchema = z.strictObject({
  id: z.string().trim().regex(/^[A-Za-z0-9-]{1,20}$/, 'must be 1-20 letters, digits or hyphens'),
  text: text(300),
  weight: z.number().int().min(1).max(10),
  critical: z.boolean(),
  naAllowed: z.boolean(),
  standardCode: z.string().trim().regex(/^[A-Za-z0-9-]{1,12}$/, 'must be a standard code').nullable(),
  guidance: z.string().trim().max(1000),
});
const templateDefinition = {
  criteria: z.array(criterionSchema).min(1, 'must list at least one criterion').max(50),
  sampleSize: z.number().int().min(1).max(200),
  thresholds: z.strictObject({ greenFrom: z.number().int().min(0).max(100), amberFrom: z.number().int().min(0).max(100) }),
  reauditMonths: z.strictObject({ red: z.number().int().min(1).max(36), amber: z.number().int().min(1).max(36), green: z.number().int().min(1).max(36) }),
};
export const createTemplateSchema = z.strictObject({ departmentId: z.uuid().optional(), name: text(120), ...templateDefinition });
export type CreateTemplateDto = z.infer<typeof createTemplateSchema>;
/** A new revision: the whole definition again (and optionally a new name); earlier revisions stay as they were. */
export const reviseTemplateSchema = z.strictObject({ version, name: text(120).optional(), ...templateDefinition });
export type ReviseTemplateDto = z.infer<typeof reviseTemplateSchema>;

export interface TemplateDto {
  id: string;
  departmentId: string;
  name: string;
  revision: number;
  /** The current revision's definition. */
  definition: TemplateVersion;
  version: number;
}

export const createAuditSchema = z.strictObject({
  templateId: z.uuid(),
  scopeKind: z.enum(AUDIT_SCOPE_KINDS),
  scopeName: text(120),
  auditorStaffId: z.uuid(),
  auditDate: dateWithBankHolidayData,
  /** The population: record ids one per line or separated by commas, as pasted or imported. */
  population: z.string().max(80_000),
  /** Seed of the random sample: the same population and seed give the same sample. */
  seed: z.number().int().min(0).max(2_147_483_647),
});
export type CreateAuditDto = z.infer<typeof createAuditSchema>;

const answerSchema = z.strictObject({
  recordId: z.string().trim().min(1).max(40),
  criterionId: z.string().trim().min(1).max(20),
  answer: z.enum(['yes', 'no', 'na']),
  comment: z.string().trim().max(500).default(''),
});
export const saveAnswersSchema = z.strictObject({ version, answers: z.array(answerSchema).max(10_000) });
export type SaveAnswersDto = z.infer<typeof saveAnswersSchema>;
export const submitAuditSchema = z.strictObject({ version });
export type SubmitAuditDto = z.infer<typeof submitAuditSchema>;
export const amendAuditSchema = z.strictObject({ version, reason: text(500) });
export type AmendAuditDto = z.infer<typeof amendAuditSchema>;

export interface AuditAnswerDto {
  recordId: string;
  criterionId: string;
  answer: Answer;
  comment: string;
}

export interface AuditSummaryDto {
  id: string;
  departmentId: string;
  templateId: string;
  templateName: string;
  revision: number;
  scopeKind: (typeof AUDIT_SCOPE_KINDS)[number];
  scopeName: string;
  auditorStaffId: string;
  auditorName: string;
  auditDate: string;
  status: 'draft' | 'submitted';
  amendment: number;
  superseded: boolean;
  compliance: number | null;
  rag: Rag | null;
  reauditDate: string | null;
  version: number;
}

export interface AuditDto extends AuditSummaryDto {
  definition: TemplateVersion;
  seed: number;
  populationSize: number;
  sample: string[];
  answers: AuditAnswerDto[];
  result: AuditResult | null;
  previous: { auditId: string; auditDate: string; comparison: CycleComparison } | null;
  /** Criteria that need an action (submitted audits). */
  suggestedActions: SuggestedAction[];
  amendsAuditId: string | null;
}

export const createActionSchema = z.strictObject({
  auditId: z.uuid(),
  criterionId: z.string().trim().min(1).max(20),
  description: text(500),
  ownerStaffId: z.uuid(),
  dueDate: dateWithBankHolidayData,
});
export type CreateActionDto = z.infer<typeof createActionSchema>;
export const updateActionSchema = z.strictObject({ version, status: z.enum(ACTION_STATUSES).optional(), evidence: z.string().trim().max(2000).optional(), dueDate: dateWithBankHolidayData.optional(), ownerStaffId: z.uuid().optional() });
export type UpdateActionDto = z.infer<typeof updateActionSchema>;
export const listActionsQuery = z.strictObject({ departmentId: z.uuid().optional(), overdue: z.enum(['true', 'false']).optional() });
export type ListActionsQuery = z.infer<typeof listActionsQuery>;

export interface ActionDto {
  id: string;
  departmentId: string;
  auditId: string;
  templateName: string;
  criterionId: string;
  criterionText: string;
  description: string;
  ownerStaffId: string;
  ownerName: string;
  dueDate: string;
  status: (typeof ACTION_STATUSES)[number];
  evidence: string;
  overdue: boolean;
  version: number;
}

/** One entry of the audit programme: a re-audit due (from a submitted audit) or a draft in progress. */
export interface ProgrammeEntryDto {
  templateId: string;
  templateName: string;
  scopeKind: (typeof AUDIT_SCOPE_KINDS)[number];
  scopeName: string;
  dueDate: string;
  kind: 'reaudit' | 'draft';
  overdue: boolean;
  /** The audit it follows (a re-audit) or is (a draft). */
  auditId: string;
  lastRag: Rag | null;
}

interface TrendPointDto {
  auditId: string;
  auditDate: string;
  scopeName: string;
  /** Percent, one decimal. */
  compliance: number;
  rag: Rag;
}
export interface TemplateTrendDto {
  templateId: string;
  templateName: string;
  greenFrom: number;
  points: TrendPointDto[];
  /** Making Data Count over the points (percent, higher is better, target greenFrom); null below two points. */
  spc: SpcResult | null;
}
