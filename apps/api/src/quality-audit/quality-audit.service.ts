import { Injectable } from '@nestjs/common';
import {
  compareWithPrevious,
  dueDateProblem,
  failingCriteria,
  isOverdue,
  parseRecordList,
  reauditDate,
  sampleRecords,
  scoreAudit,
  validateAnswers,
  validateTemplateVersion,
  type TemplateVersion,
} from '@recordroom/audit';
import {
  type ActionDto,
  type AmendAuditDto,
  type AuditDto,
  type AuditSummaryDto,
  type CreateActionDto,
  type CreateAuditDto,
  type CreateStandardDto,
  type CreateTemplateDto,
  type ListActionsQuery,
  type ProgrammeEntryDto,
  type ReviseTemplateDto,
  type SaveAnswersDto,
  type StandardDto,
  type SubmitAuditDto,
  type TemplateDto,
  type TemplateTrendDto,
  type UpdateActionDto,
  type UpdateStandardDto,
} from '@recordroom/contracts';
import { spc } from '@recordroom/kpi';
import { type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { type CurrentUser } from '../auth/current-user.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { duplicate, ProblemException, notFound, staleVersion, unprocessable } from '../http/problem.js';
import { ScopeService } from '../scope/scope.service.js';
import { Clock } from '../time/clock.js';
import { type QualityAuditActionEntity, type QualityAuditEntity, type QualityAuditTemplateEntity, type QualityStandardEntity } from './quality-audit.entities.js';
import { QualityAuditRepository } from './quality-audit.repository.js';

/** A change to a submitted audit: refused, it is kept as submitted; an amendment is a new version. */
function submittedAudit(): ProblemException {
  return new ProblemException({
    type: 'https://recordroom.org/problems/audit-submitted',
    title: 'The audit is submitted',
    status: 409,
    detail: 'status: a submitted audit cannot be changed; amend it to make a new version',
    errors: [{ field: 'status', message: 'is submitted: amend the audit to change it' }],
  });
}

const percent = (fraction: number): number => Math.round(fraction * 1000) / 10;

/**
 * Records-quality audits (docs/quality-audits.md): the standards library and templates
 * (managers of the department, admins), audits and actions (officers too, about their line:
 * an officer sees and runs audits whose auditor is in their line, and actions owned in it).
 * Seniors read. Scoring, sampling and dates come from @recordroom/audit.
 */
@Injectable()
export class QualityAuditService {
  constructor(
    private readonly work: UnitOfWork,
    private readonly scope: ScopeService,
    private readonly repository: QualityAuditRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  // Standards

  listStandards(user: CurrentUser, departmentId: string | undefined): Promise<StandardDto[]> {
    return this.work.reading(async (em) => (await this.repository.standardsOfDepartment(em, user.organisationId, await this.scope.department(user, departmentId, em))).map(toStandardDto));
  }

  createStandard(user: CurrentUser, body: CreateStandardDto): Promise<StandardDto> {
    return this.work.transaction(async (em) => {
      const departmentId = await this.scope.department(user, body.departmentId, em);
      if (await this.repository.standardCodeTaken(em, departmentId, body.code, null)) throw duplicate('code', `${body.code} is already a standard of the department`);
      const created = await this.repository.insertStandard(em, { organisationId: user.organisationId, departmentId, code: body.code, title: body.title, category: body.category, description: body.description, source: body.source });
      await this.audit.record(em, user, { action: 'create', entityType: 'quality-standard', entityId: created.id, departmentId, before: null, after: toStandardDto(created) });
      return toStandardDto(created);
    });
  }

  updateStandard(user: CurrentUser, id: string, body: UpdateStandardDto): Promise<StandardDto> {
    return this.work.transaction(async (em) => {
      const current = await this.repository.lockStandard(em, user.organisationId, id);
      if (!current || !this.scope.runsDepartment(user, current.departmentId)) throw notFound('standard');
      if (current.version !== body.version) throw staleVersion('standard', body.version, current.version);
      const next = { code: body.code ?? current.code, title: body.title ?? current.title, category: body.category ?? current.category, description: body.description ?? current.description, source: body.source ?? current.source };
      if (await this.repository.standardCodeTaken(em, current.departmentId, next.code, id)) throw duplicate('code', `${next.code} is already a standard of the department`);
      const updated = await this.repository.updateStandard(em, id, next);
      await this.audit.record(em, user, { action: 'update', entityType: 'quality-standard', entityId: id, departmentId: current.departmentId, before: toStandardDto(current), after: toStandardDto(updated) });
      return toStandardDto(updated);
    });
  }

  // Templates

  listTemplates(user: CurrentUser, departmentId: string | undefined): Promise<TemplateDto[]> {
    return this.work.reading(async (em) => {
      const templates = await this.repository.templatesOfDepartment(em, user.organisationId, await this.scope.department(user, departmentId, em));
      return Promise.all(templates.map(async (t) => toTemplateDto(t, (await this.repository.currentRevision(em, t)).definition)));
    });
  }

  getTemplate(user: CurrentUser, id: string): Promise<TemplateDto> {
    return this.work.reading(async (em) => {
      const template = await this.repository.findTemplate(em, user.organisationId, id);
      if (!template || !(await this.scope.mayReadDepartment(user, template.departmentId, em))) throw notFound('template');
      return toTemplateDto(template, (await this.repository.currentRevision(em, template)).definition);
    });
  }

  createTemplate(user: CurrentUser, body: CreateTemplateDto): Promise<TemplateDto> {
    return this.work.transaction(async (em) => {
      const departmentId = await this.scope.department(user, body.departmentId, em);
      const definition = await this.checkedDefinition(em, user.organisationId, departmentId, body);
      if (await this.repository.templateNameTaken(em, departmentId, body.name, null)) throw duplicate('name', `${body.name} is already the name of a template of the department`);
      const template = await this.repository.insertTemplate(em, { organisationId: user.organisationId, departmentId, name: body.name });
      await this.repository.insertRevision(em, { templateId: template.id, revision: 1, definition });
      const dto = toTemplateDto(template, definition);
      await this.audit.record(em, user, { action: 'create', entityType: 'quality-audit-template', entityId: template.id, departmentId, before: null, after: dto });
      return dto;
    });
  }

  /** A new revision; audits already made keep the revision they were made on. */
  reviseTemplate(user: CurrentUser, id: string, body: ReviseTemplateDto): Promise<TemplateDto> {
    return this.work.transaction(async (em) => {
      const current = await this.repository.findTemplate(em, user.organisationId, id, true);
      if (!current || !this.scope.runsDepartment(user, current.departmentId)) throw notFound('template');
      if (current.version !== body.version) throw staleVersion('template', body.version, current.version);
      const definition = await this.checkedDefinition(em, user.organisationId, current.departmentId, body);
      const name = body.name ?? current.name;
      if (await this.repository.templateNameTaken(em, current.departmentId, name, id)) throw duplicate('name', `${name} is already the name of a template of the department`);
      const before = toTemplateDto(current, (await this.repository.currentRevision(em, current)).definition);
      await this.repository.insertRevision(em, { templateId: id, revision: current.currentRevision + 1, definition });
      const updated = await this.repository.moveTemplateToRevision(em, id, name, current.currentRevision + 1);
      const dto = toTemplateDto(updated, definition);
      await this.audit.record(em, user, { action: 'update', entityType: 'quality-audit-template', entityId: id, departmentId: current.departmentId, before, after: dto });
      return dto;
    });
  }

  private async checkedDefinition(em: EntityManager, organisationId: string, departmentId: string, body: TemplateVersion): Promise<TemplateVersion> {
    const definition: TemplateVersion = { criteria: body.criteria, sampleSize: body.sampleSize, thresholds: body.thresholds, reauditMonths: body.reauditMonths };
    const problems = validateTemplateVersion(definition);
    const codes = new Set((await this.repository.standardsOfDepartment(em, organisationId, departmentId)).map((s) => s.code));
    definition.criteria.forEach((c, i) => {
      if (c.standardCode !== null && !codes.has(c.standardCode)) problems.push({ field: `criteria.${i}.standardCode`, message: `${c.standardCode} is not a standard of the department's library` });
    });
    if (problems.length > 0) throw unprocessable(problems);
    return definition;
  }

  // Audits

  listAudits(user: CurrentUser, departmentId: string | undefined): Promise<AuditSummaryDto[]> {
    return this.work.reading(async (em) => {
      const department = await this.scope.department(user, departmentId, em);
      const audits = await this.repository.auditsOfDepartment(em, user.organisationId, department);
      const names = await this.scope.readableNames(user, audits.map((a) => a.auditorStaffId), em);
      const visible = audits.filter((a) => names.has(a.auditorStaffId));
      return this.summaries(em, visible, names);
    });
  }

  getAudit(user: CurrentUser, id: string): Promise<AuditDto> {
    return this.work.reading(async (em) => this.toAuditDto(em, user, await this.readableAudit(em, user, id)));
  }

  createAudit(user: CurrentUser, body: CreateAuditDto): Promise<AuditDto> {
    return this.work.transaction(async (em) => {
      const template = await this.repository.findTemplate(em, user.organisationId, body.templateId);
      if (!template || !(await this.scope.mayChangeDepartment(user, template.departmentId, em))) throw unprocessable([{ field: 'templateId', message: 'is not a template of your department' }]);
      await this.checkPerson(em, user, template.departmentId, body.auditorStaffId, 'auditorStaffId');
      const revision = await this.repository.currentRevision(em, template);
      const population = parseRecordList(body.population);
      if (population.problems.length > 0) throw unprocessable(population.problems);
      const size = revision.definition.sampleSize;
      if (population.ids.length < size) throw unprocessable([{ field: 'population', message: `lists ${population.ids.length} distinct records; the template samples ${size}, so the sample would be larger than the population` }]);
      const sample = sampleRecords(population.ids, size, body.seed);
      const created = await this.repository.insertAudit(em, {
        organisationId: user.organisationId,
        departmentId: template.departmentId,
        templateId: template.id,
        templateRevisionId: revision.id,
        scopeKind: body.scopeKind,
        scopeName: body.scopeName,
        auditorStaffId: body.auditorStaffId,
        auditDate: body.auditDate,
        seed: body.seed,
        populationSize: population.ids.length,
        sample,
        answers: [],
      });
      await this.audit.record(em, user, { action: 'create', entityType: 'quality-audit', entityId: created.id, departmentId: created.departmentId, before: null, after: auditSnapshot(created) });
      return this.toAuditDto(em, user, created);
    });
  }

  saveAnswers(user: CurrentUser, id: string, body: SaveAnswersDto): Promise<AuditDto> {
    return this.work.transaction(async (em) => {
      const current = await this.changeableDraft(em, user, id, body.version);
      const revision = (await this.repository.revisionsByIds(em, [current.templateRevisionId]))[0];
      if (!revision) throw notFound('audit');
      const problems = validateAnswers(revision.definition.criteria, current.sample, body.answers, { complete: false });
      if (problems.length > 0) throw unprocessable(problems);
      const updated = await this.repository.updateAudit(em, id, { answers: body.answers });
      await this.audit.record(em, user, { action: 'update', entityType: 'quality-audit', entityId: id, departmentId: current.departmentId, before: auditSnapshot(current), after: auditSnapshot(updated) });
      return this.toAuditDto(em, user, updated);
    });
  }

  submitAudit(user: CurrentUser, id: string, body: SubmitAuditDto): Promise<AuditDto> {
    return this.work.transaction(async (em) => {
      const current = await this.changeableDraft(em, user, id, body.version);
      const revision = (await this.repository.revisionsByIds(em, [current.templateRevisionId]))[0];
      if (!revision) throw notFound('audit');
      const problems = validateAnswers(revision.definition.criteria, current.sample, current.answers, { complete: true });
      if (problems.length > 0) throw unprocessable(problems);
      const result = scoreAudit(revision.definition, current.sample, current.answers);
      const updated = await this.repository.updateAudit(em, id, { status: 'submitted', result, reauditDate: reauditDate(current.auditDate, result.rag, revision.definition.reauditMonths), submittedAt: this.clock.now() });
      if (current.amendsAuditId) {
        const replaced = await this.repository.findAudit(em, user.organisationId, current.amendsAuditId, true);
        if (replaced) {
          const after = await this.repository.updateAudit(em, replaced.id, { superseded: true });
          await this.audit.record(em, user, { action: 'update', entityType: 'quality-audit', entityId: replaced.id, departmentId: replaced.departmentId, before: auditSnapshot(replaced), after: auditSnapshot(after) });
        }
      }
      await this.audit.record(em, user, { action: 'update', entityType: 'quality-audit', entityId: id, departmentId: current.departmentId, before: auditSnapshot(current), after: auditSnapshot(updated) });
      return this.toAuditDto(em, user, updated);
    });
  }

  /** A new draft version of a submitted audit, with its answers, to correct; the submitted one stays until the amendment is submitted. */
  amendAudit(user: CurrentUser, id: string, body: AmendAuditDto): Promise<AuditDto> {
    return this.work.transaction(async (em) => {
      const current = await this.readableAudit(em, user, id, true);
      if (!(await this.scope.mayChangeDepartment(user, current.departmentId, em))) throw notFound('audit');
      if (current.version !== body.version) throw staleVersion('audit', body.version, current.version);
      if (current.status !== 'submitted' || current.superseded) throw unprocessable([{ field: 'status', message: current.superseded ? 'this version has been replaced by an amendment; amend the latest' : 'is a draft: change it directly' }]);
      if (await this.repository.openAmendmentOf(em, id)) throw duplicate('id', 'an amendment of this audit is already in draft');
      const created = await this.repository.insertAudit(em, {
        organisationId: current.organisationId,
        departmentId: current.departmentId,
        templateId: current.templateId,
        templateRevisionId: current.templateRevisionId,
        scopeKind: current.scopeKind,
        scopeName: current.scopeName,
        auditorStaffId: current.auditorStaffId,
        auditDate: current.auditDate,
        seed: current.seed,
        populationSize: current.populationSize,
        sample: current.sample,
        answers: current.answers,
        amendment: current.amendment + 1,
        amendsAuditId: current.id,
      });
      await this.audit.record(em, user, { action: 'create', entityType: 'quality-audit', entityId: created.id, departmentId: created.departmentId, before: auditSnapshot(current), after: { ...auditSnapshot(created), reason: body.reason } });
      return this.toAuditDto(em, user, created);
    });
  }

  private async readableAudit(em: EntityManager, user: CurrentUser, id: string, lock = false): Promise<QualityAuditEntity> {
    const audit = await this.repository.findAudit(em, user.organisationId, id, lock);
    if (!audit || !(await this.scope.mayReadDepartment(user, audit.departmentId, em)) || !(await this.scope.mayReadStaffMember(user, audit.auditorStaffId, em))) throw notFound('audit');
    return audit;
  }

  private async changeableDraft(em: EntityManager, user: CurrentUser, id: string, version: number): Promise<QualityAuditEntity> {
    const current = await this.readableAudit(em, user, id, true);
    if (!(await this.scope.mayChangeDepartment(user, current.departmentId, em))) throw notFound('audit');
    if (current.status === 'submitted') throw submittedAudit();
    if (current.version !== version) throw staleVersion('audit', version, current.version);
    return current;
  }

  /** A person a body names (auditor, action owner): someone the caller may read, of the department. */
  private async checkPerson(em: EntityManager, user: CurrentUser, departmentId: string, staffId: string, field: string): Promise<string> {
    const names = await this.scope.readableNames(user, [staffId], em);
    const name = names.get(staffId);
    if (name === undefined || (await this.scope.departmentOf(user, staffId, em)) !== departmentId) throw unprocessable([{ field, message: `must be a staff member of ${this.scope.reachInWords(user)} in the audit's department` }]);
    return name;
  }

  private async summaries(em: EntityManager, audits: QualityAuditEntity[], names: Map<string, string>): Promise<AuditSummaryDto[]> {
    const revisions = new Map((await this.repository.revisionsByIds(em, audits.map((a) => a.templateRevisionId))).map((r) => [r.id, r]));
    const templateNames = new Map((await this.repository.templatesByIds(em, audits[0]?.organisationId ?? '', audits.map((a) => a.templateId))).map((t) => [t.id, t.name]));
    return audits.map((a) => toSummary(a, templateNames.get(a.templateId) ?? '', revisions.get(a.templateRevisionId)?.revision ?? 0, names.get(a.auditorStaffId) ?? ''));
  }

  private async toAuditDto(em: EntityManager, user: CurrentUser, audit: QualityAuditEntity): Promise<AuditDto> {
    const names = await this.scope.readableNames(user, [audit.auditorStaffId], em);
    const [summary] = await this.summaries(em, [audit], names);
    const revision = (await this.repository.revisionsByIds(em, [audit.templateRevisionId]))[0];
    if (!summary || !revision) throw notFound('audit');
    const previousAudit = audit.result ? await this.repository.previousCycle(em, audit) : null;
    const comparison = previousAudit?.result && audit.result ? compareWithPrevious(audit.result, previousAudit.result) : null;
    return {
      ...summary,
      definition: revision.definition,
      seed: audit.seed,
      populationSize: audit.populationSize,
      sample: audit.sample,
      answers: audit.answers,
      result: audit.result,
      previous: previousAudit && comparison ? { auditId: previousAudit.id, auditDate: previousAudit.auditDate, comparison } : null,
      suggestedActions: audit.result ? failingCriteria(audit.result) : [],
      amendsAuditId: audit.amendsAuditId,
    };
  }

  // Actions

  listActions(user: CurrentUser, query: ListActionsQuery): Promise<ActionDto[]> {
    return this.work.reading(async (em) => {
      const department = await this.scope.department(user, query.departmentId, em);
      const actions = await this.repository.actionsOfDepartment(em, user.organisationId, department);
      const names = await this.scope.readableNames(user, actions.map((a) => a.ownerStaffId), em);
      const today = this.clock.today();
      const dtos = await this.actionDtos(em, actions.filter((a) => names.has(a.ownerStaffId)), names, today);
      return query.overdue === 'true' ? dtos.filter((a) => a.overdue) : dtos;
    });
  }

  createAction(user: CurrentUser, body: CreateActionDto): Promise<ActionDto> {
    return this.work.transaction(async (em) => {
      const audit = await this.repository.findAudit(em, user.organisationId, body.auditId);
      if (!audit || !(await this.scope.mayReadDepartment(user, audit.departmentId, em)) || !(await this.scope.mayReadStaffMember(user, audit.auditorStaffId, em)) || !(await this.scope.mayChangeDepartment(user, audit.departmentId, em))) {
        throw unprocessable([{ field: 'auditId', message: 'is not an audit you run' }]);
      }
      if (audit.status !== 'submitted' || audit.superseded) throw unprocessable([{ field: 'auditId', message: 'must be a submitted audit (its latest version): actions follow from its results' }]);
      const revision = (await this.repository.revisionsByIds(em, [audit.templateRevisionId]))[0];
      if (!revision?.definition.criteria.some((c) => c.id === body.criterionId)) throw unprocessable([{ field: 'criterionId', message: `${body.criterionId} is not a criterion of this audit's template version` }]);
      const ownerName = await this.checkPerson(em, user, audit.departmentId, body.ownerStaffId, 'ownerStaffId');
      const today = this.clock.today();
      const late = dueDateProblem(body.dueDate, today);
      if (late) throw unprocessable([{ field: 'dueDate', message: late }]);
      const created = await this.repository.insertAction(em, { organisationId: user.organisationId, departmentId: audit.departmentId, auditId: audit.id, criterionId: body.criterionId, description: body.description, ownerStaffId: body.ownerStaffId, dueDate: body.dueDate });
      const [dto] = await this.actionDtos(em, [created], new Map([[created.ownerStaffId, ownerName]]), today);
      if (!dto) throw notFound('action');
      await this.audit.record(em, user, { action: 'create', entityType: 'quality-audit-action', entityId: created.id, departmentId: created.departmentId, before: null, after: dto });
      return dto;
    });
  }

  updateAction(user: CurrentUser, id: string, body: UpdateActionDto): Promise<ActionDto> {
    return this.work.transaction(async (em) => {
      const current = await this.repository.lockAction(em, user.organisationId, id);
      if (!current || !(await this.scope.mayChangeDepartment(user, current.departmentId, em)) || !(await this.scope.mayReadStaffMember(user, current.ownerStaffId, em))) throw notFound('action');
      if (current.version !== body.version) throw staleVersion('action', body.version, current.version);
      const today = this.clock.today();
      if (body.dueDate !== undefined && body.dueDate !== current.dueDate) {
        const late = dueDateProblem(body.dueDate, today);
        if (late) throw unprocessable([{ field: 'dueDate', message: late }]);
      }
      const ownerStaffId = body.ownerStaffId ?? current.ownerStaffId;
      const ownerName = await this.checkPerson(em, user, current.departmentId, ownerStaffId, 'ownerStaffId');
      const next = { status: body.status ?? current.status, evidence: body.evidence ?? current.evidence, dueDate: body.dueDate ?? current.dueDate, ownerStaffId };
      if (next.status === 'done' && next.evidence.trim() === '') throw unprocessable([{ field: 'evidence', message: 'is required to close an action: say what shows it is done' }]);
      const updated = await this.repository.updateAction(em, id, next);
      const names = new Map([[ownerStaffId, ownerName]]);
      const [before] = await this.actionDtos(em, [current], new Map([[current.ownerStaffId, (await this.scope.readableNames(user, [current.ownerStaffId], em)).get(current.ownerStaffId) ?? '']]), today);
      const [dto] = await this.actionDtos(em, [updated], names, today);
      if (!dto || !before) throw notFound('action');
      await this.audit.record(em, user, { action: 'update', entityType: 'quality-audit-action', entityId: id, departmentId: current.departmentId, before, after: dto });
      return dto;
    });
  }

  private async actionDtos(em: EntityManager, actions: QualityAuditActionEntity[], names: Map<string, string>, today: string): Promise<ActionDto[]> {
    const organisationId = actions[0]?.organisationId ?? '';
    const audits = new Map((await this.repository.auditsByIds(em, organisationId, actions.map((a) => a.auditId))).map((a) => [a.id, a]));
    const revisions = new Map((await this.repository.revisionsByIds(em, [...audits.values()].map((a) => a.templateRevisionId))).map((r) => [r.id, r]));
    const templateNames = new Map((await this.repository.templatesByIds(em, organisationId, [...audits.values()].map((a) => a.templateId))).map((t) => [t.id, t.name]));
    return actions.map((a) => {
      const audit = audits.get(a.auditId);
      const criteria = audit ? (revisions.get(audit.templateRevisionId)?.definition.criteria ?? []) : [];
      return {
        id: a.id,
        departmentId: a.departmentId,
        auditId: a.auditId,
        templateName: audit ? (templateNames.get(audit.templateId) ?? '') : '',
        criterionId: a.criterionId,
        criterionText: criteria.find((c) => c.id === a.criterionId)?.text ?? '',
        description: a.description,
        ownerStaffId: a.ownerStaffId,
        ownerName: names.get(a.ownerStaffId) ?? '',
        dueDate: a.dueDate,
        status: a.status,
        evidence: a.evidence,
        overdue: isOverdue(a, today),
        version: a.version,
      };
    });
  }

  // Programme and trends

  /** Re-audits due (the latest submitted audit of each template and scope) and drafts in progress, by date. */
  programme(user: CurrentUser, departmentId: string | undefined): Promise<ProgrammeEntryDto[]> {
    return this.work.reading(async (em) => {
      const department = await this.scope.department(user, departmentId, em);
      const audits = await this.repository.auditsOfDepartment(em, user.organisationId, department);
      const templates = new Map((await this.repository.templatesOfDepartment(em, user.organisationId, department)).map((t) => [t.id, t.name]));
      const today = this.clock.today();
      const latest = new Map<string, QualityAuditEntity>();
      for (const a of audits.filter((x) => x.status === 'submitted' && !x.superseded)) {
        const key = `${a.templateId}|${a.scopeKind}|${a.scopeName}`;
        const seen = latest.get(key);
        if (!seen || a.auditDate > seen.auditDate) latest.set(key, a);
      }
      const entries: ProgrammeEntryDto[] = [...latest.values()].map((a) => ({ templateId: a.templateId, templateName: templates.get(a.templateId) ?? '', scopeKind: a.scopeKind, scopeName: a.scopeName, dueDate: a.reauditDate ?? a.auditDate, kind: 'reaudit', overdue: (a.reauditDate ?? a.auditDate) < today, auditId: a.id, lastRag: a.result?.rag ?? null }));
      for (const a of audits.filter((x) => x.status === 'draft')) entries.push({ templateId: a.templateId, templateName: templates.get(a.templateId) ?? '', scopeKind: a.scopeKind, scopeName: a.scopeName, dueDate: a.auditDate, kind: 'draft', overdue: false, auditId: a.id, lastRag: null });
      return entries.sort((x, y) => x.dueDate.localeCompare(y.dueDate) || x.templateName.localeCompare(y.templateName));
    });
  }

  /**
   * Compliance per template across its submitted cycles, with Making Data Count SPC (higher is
   * better, target the green threshold); for admins and seniors naming no department, every
   * department's templates (the senior dashboard's summary).
   */
  trends(user: CurrentUser, departmentId: string | undefined): Promise<TemplateTrendDto[]> {
    return this.work.reading(async (em) => {
      const department = await this.scope.departmentFilter(user, departmentId, em);
      const audits = (await this.repository.auditsOfDepartment(em, user.organisationId, department)).filter((a) => a.status === 'submitted' && !a.superseded && a.result !== null && a.result.compliance !== null);
      const templates = await this.repository.templatesOfDepartment(em, user.organisationId, department);
      return Promise.all(
        templates.map(async (t) => {
          const definition = (await this.repository.currentRevision(em, t)).definition;
          const points = audits
            .filter((a) => a.templateId === t.id)
            .sort((a, b) => a.auditDate.localeCompare(b.auditDate) || a.id.localeCompare(b.id))
            .map((a) => ({ auditId: a.id, auditDate: a.auditDate, scopeName: a.scopeName, compliance: percent(a.result?.compliance ?? 0), rag: a.result?.rag ?? 'red' }));
          return { templateId: t.id, templateName: t.name, greenFrom: definition.thresholds.greenFrom, points, spc: points.length < 2 ? null : spc(points.map((p) => ({ period: p.auditDate, value: p.compliance })), { improvementDirection: 'increase', target: definition.thresholds.greenFrom }) };
        }),
      );
    });
  }
}

function toStandardDto(s: QualityStandardEntity): StandardDto {
  return { id: s.id, departmentId: s.departmentId, code: s.code, title: s.title, category: s.category, description: s.description, source: s.source, version: s.version };
}

function toTemplateDto(t: QualityAuditTemplateEntity, definition: TemplateVersion): TemplateDto {
  return { id: t.id, departmentId: t.departmentId, name: t.name, revision: t.currentRevision, definition, version: t.version };
}

function toSummary(a: QualityAuditEntity, templateName: string, revision: number, auditorName: string): AuditSummaryDto {
  return {
    id: a.id,
    departmentId: a.departmentId,
    templateId: a.templateId,
    templateName,
    revision,
    scopeKind: a.scopeKind,
    scopeName: a.scopeName,
    auditorStaffId: a.auditorStaffId,
    auditorName,
    auditDate: a.auditDate,
    status: a.status,
    amendment: a.amendment,
    superseded: a.superseded,
    compliance: a.result?.compliance ?? null,
    rag: a.result?.rag ?? null,
    reauditDate: a.reauditDate,
    version: a.version,
  };
}

/** What the audit trail keeps of an audit: its state and answer count (the answers themselves stay on the row). */
function auditSnapshot(a: QualityAuditEntity): object {
  return { status: a.status, version: a.version, amendment: a.amendment, superseded: a.superseded, answers: a.answers.length, compliance: a.result?.compliance ?? null, rag: a.result?.rag ?? null, reauditDate: a.reauditDate };
}
