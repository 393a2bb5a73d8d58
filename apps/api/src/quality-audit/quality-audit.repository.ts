import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { QualityAuditActionEntity, QualityAuditEntity, QualityAuditTemplateEntity, QualityAuditTemplateRevisionEntity, QualityStandardEntity } from './quality-audit.entities.js';

/** Every query of records-quality audits, named for what it finds; each takes the EntityManager a UnitOfWork hands out. */
@Injectable()
export class QualityAuditRepository {
  standardsOfDepartment(em: EntityManager, organisationId: string, departmentId: string): Promise<QualityStandardEntity[]> {
    return em.getRepository(QualityStandardEntity).find({ where: { organisationId, departmentId }, order: { code: 'ASC' } });
  }

  lockStandard(em: EntityManager, organisationId: string, id: string): Promise<QualityStandardEntity | null> {
    return em.getRepository(QualityStandardEntity).findOne({ where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  async standardCodeTaken(em: EntityManager, departmentId: string, code: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT 1 FROM quality_standard WHERE department_id = $1 AND code = $2 AND id IS DISTINCT FROM $3', [departmentId, code, exceptId]);
    return rows.length > 0;
  }

  async insertStandard(em: EntityManager, values: Omit<QualityStandardEntity, 'id' | 'version' | 'createdAt' | 'updatedAt'>): Promise<QualityStandardEntity> {
    const { identifiers } = await em.insert(QualityStandardEntity, values);
    return em.getRepository(QualityStandardEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  async updateStandard(em: EntityManager, id: string, values: Pick<QualityStandardEntity, 'code' | 'title' | 'category' | 'description' | 'source'>): Promise<QualityStandardEntity> {
    await em.update(QualityStandardEntity, { id }, { ...values, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(QualityStandardEntity).findOneByOrFail({ id });
  }

  /** A department's templates, or (departmentId null) the organisation's. */
  templatesOfDepartment(em: EntityManager, organisationId: string, departmentId: string | null): Promise<QualityAuditTemplateEntity[]> {
    return em.getRepository(QualityAuditTemplateEntity).find({ where: departmentId === null ? { organisationId } : { organisationId, departmentId }, order: { name: 'ASC' } });
  }

  findTemplate(em: EntityManager, organisationId: string, id: string, lock = false): Promise<QualityAuditTemplateEntity | null> {
    return em.getRepository(QualityAuditTemplateEntity).findOne({ where: { id, organisationId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async templateNameTaken(em: EntityManager, departmentId: string, name: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT 1 FROM quality_audit_template WHERE department_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3', [departmentId, name, exceptId]);
    return rows.length > 0;
  }

  async insertTemplate(em: EntityManager, values: Pick<QualityAuditTemplateEntity, 'organisationId' | 'departmentId' | 'name'>): Promise<QualityAuditTemplateEntity> {
    const { identifiers } = await em.insert(QualityAuditTemplateEntity, { ...values, currentRevision: 1 });
    return em.getRepository(QualityAuditTemplateEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  async moveTemplateToRevision(em: EntityManager, id: string, name: string, revision: number): Promise<QualityAuditTemplateEntity> {
    await em.update(QualityAuditTemplateEntity, { id }, { name, currentRevision: revision, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(QualityAuditTemplateEntity).findOneByOrFail({ id });
  }

  async insertRevision(em: EntityManager, values: Pick<QualityAuditTemplateRevisionEntity, 'templateId' | 'revision' | 'definition'>): Promise<QualityAuditTemplateRevisionEntity> {
    const { identifiers } = await em.insert(QualityAuditTemplateRevisionEntity, values);
    return em.getRepository(QualityAuditTemplateRevisionEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  currentRevision(em: EntityManager, template: QualityAuditTemplateEntity): Promise<QualityAuditTemplateRevisionEntity> {
    return em.getRepository(QualityAuditTemplateRevisionEntity).findOneByOrFail({ templateId: template.id, revision: template.currentRevision });
  }

  /** Templates by id, in one query (the lists name many audits of few templates). */
  templatesByIds(em: EntityManager, organisationId: string, ids: readonly string[]): Promise<QualityAuditTemplateEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return em.getRepository(QualityAuditTemplateEntity).createQueryBuilder('t').where('t.organisationId = :organisationId AND t.id IN (:...ids)', { organisationId, ids: [...new Set(ids)] }).getMany();
  }

  /** Audits by id, in one query. */
  auditsByIds(em: EntityManager, organisationId: string, ids: readonly string[]): Promise<QualityAuditEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return em.getRepository(QualityAuditEntity).createQueryBuilder('a').where('a.organisationId = :organisationId AND a.id IN (:...ids)', { organisationId, ids: [...new Set(ids)] }).getMany();
  }

  revisionsByIds(em: EntityManager, ids: readonly string[]): Promise<QualityAuditTemplateRevisionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return em.getRepository(QualityAuditTemplateRevisionEntity).createQueryBuilder('r').where('r.id IN (:...ids)', { ids: [...new Set(ids)] }).getMany();
  }

  /** A department's audits, or (departmentId null) the organisation's. */
  auditsOfDepartment(em: EntityManager, organisationId: string, departmentId: string | null): Promise<QualityAuditEntity[]> {
    return em.getRepository(QualityAuditEntity).find({ where: departmentId === null ? { organisationId } : { organisationId, departmentId }, order: { auditDate: 'DESC', amendment: 'DESC', createdAt: 'DESC' } });
  }

  findAudit(em: EntityManager, organisationId: string, id: string, lock = false): Promise<QualityAuditEntity | null> {
    return em.getRepository(QualityAuditEntity).findOne({ where: { id, organisationId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** The latest submitted, current audit of the same template and scope dated before this one: the previous cycle. */
  previousCycle(em: EntityManager, audit: QualityAuditEntity): Promise<QualityAuditEntity | null> {
    return em
      .getRepository(QualityAuditEntity)
      .createQueryBuilder('a')
      .where('a.department_id = :departmentId AND a.template_id = :templateId AND a.scope_kind = :scopeKind AND a.scope_name = :scopeName', audit)
      .andWhere("a.status = 'submitted' AND NOT a.superseded AND a.audit_date < :auditDate", { auditDate: audit.auditDate })
      .orderBy('a.audit_date', 'DESC')
      .getOne();
  }

  async openAmendmentOf(em: EntityManager, auditId: string): Promise<boolean> {
    const rows: unknown[] = await em.query("SELECT 1 FROM quality_audit WHERE amends_audit_id = $1 AND status = 'draft'", [auditId]);
    return rows.length > 0;
  }

  async insertAudit(em: EntityManager, values: Partial<QualityAuditEntity>): Promise<QualityAuditEntity> {
    const { identifiers } = await em.insert(QualityAuditEntity, values);
    return em.getRepository(QualityAuditEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  /** Writes a draft's answers, or its submission, and moves the version on by one; the caller checked the version under lock. */
  async updateAudit(em: EntityManager, id: string, values: Partial<Pick<QualityAuditEntity, 'answers' | 'status' | 'result' | 'reauditDate' | 'submittedAt' | 'superseded'>>): Promise<QualityAuditEntity> {
    await em.update(QualityAuditEntity, { id }, { ...values, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(QualityAuditEntity).findOneByOrFail({ id });
  }

  actionsOfDepartment(em: EntityManager, organisationId: string, departmentId: string): Promise<QualityAuditActionEntity[]> {
    return em.getRepository(QualityAuditActionEntity).find({ where: { organisationId, departmentId }, order: { dueDate: 'ASC', createdAt: 'ASC' } });
  }

  actionsOfAudit(em: EntityManager, auditId: string): Promise<QualityAuditActionEntity[]> {
    return em.getRepository(QualityAuditActionEntity).find({ where: { auditId }, order: { dueDate: 'ASC' } });
  }

  lockAction(em: EntityManager, organisationId: string, id: string): Promise<QualityAuditActionEntity | null> {
    return em.getRepository(QualityAuditActionEntity).findOne({ where: { id, organisationId }, lock: { mode: 'pessimistic_write' } });
  }

  async insertAction(em: EntityManager, values: Pick<QualityAuditActionEntity, 'organisationId' | 'departmentId' | 'auditId' | 'criterionId' | 'description' | 'ownerStaffId' | 'dueDate'>): Promise<QualityAuditActionEntity> {
    const { identifiers } = await em.insert(QualityAuditActionEntity, values);
    return em.getRepository(QualityAuditActionEntity).findOneByOrFail({ id: (identifiers[0] as { id: string }).id });
  }

  async updateAction(em: EntityManager, id: string, values: Pick<QualityAuditActionEntity, 'status' | 'evidence' | 'dueDate' | 'ownerStaffId'>): Promise<QualityAuditActionEntity> {
    await em.update(QualityAuditActionEntity, { id }, { ...values, version: () => 'version + 1', updatedAt: () => 'now()' });
    return em.getRepository(QualityAuditActionEntity).findOneByOrFail({ id });
  }
}
