import { type AuditAnswer, type AuditResult, type TemplateVersion } from '@recordroom/audit';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../database/timestamps.js';
import { DepartmentEntity } from '../organisation/department.entity.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';

/**
 * Records-quality audits (docs/quality-audits.md): not the audit trail of ../audit, which logs
 * changes. One file for the five tables: they are one aggregate's persistence and read together.
 */

/** A standard of the department's library (record keeping or service). */
@Entity('quality_standard')
@Check('quality_standard_category_check', `category IN ('record-keeping', 'service')`)
@Index('quality_standard_department_code_key', ['departmentId', 'code'], { unique: true })
export class QualityStandardEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('quality_standard_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'quality_standard_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'quality_standard_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  category: 'record-keeping' | 'service';

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  source: string;
}

/** An audit template: its name and which revision is current. */
@Entity('quality_audit_template')
@Index('quality_audit_template_department_name_key', ['departmentId', 'name'], { unique: true })
export class QualityAuditTemplateEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('quality_audit_template_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'quality_audit_template_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'quality_audit_template_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'integer' })
  currentRevision: number;
}

/** One revision of a template: written once, never updated, so an audit scored on it keeps its meaning. */
@Entity('quality_audit_template_revision')
@Index('quality_audit_template_revision_key', ['templateId', 'revision'], { unique: true })
export class QualityAuditTemplateRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  templateId: string;

  @ManyToOne(() => QualityAuditTemplateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'quality_audit_template_revision_template_fk' })
  template?: Relation<QualityAuditTemplateEntity>;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'jsonb' })
  definition: TemplateVersion;

  @CreateDateColumn({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/**
 * One audit (one amendment of it): a draft while answers are entered, then submitted and never
 * changed again; an amendment is a new row (amendment + 1) and marks the one it replaces superseded.
 */
@Entity('quality_audit')
@Check('quality_audit_status_check', `status IN ('draft', 'submitted')`)
@Check('quality_audit_scope_kind_check', `scope_kind IN ('location', 'team', 'specialty')`)
@Index('quality_audit_department_date_idx', ['departmentId', 'auditDate'])
export class QualityAuditEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('quality_audit_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'quality_audit_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'quality_audit_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Index('quality_audit_template_id_idx')
  @Column({ type: 'uuid' })
  templateId: string;

  @ManyToOne(() => QualityAuditTemplateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'quality_audit_template_fk' })
  template?: Relation<QualityAuditTemplateEntity>;

  @Column({ type: 'uuid' })
  templateRevisionId: string;

  @ManyToOne(() => QualityAuditTemplateRevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_revision_id', foreignKeyConstraintName: 'quality_audit_template_revision_fk' })
  templateRevision?: Relation<QualityAuditTemplateRevisionEntity>;

  @Column({ type: 'text' })
  scopeKind: 'location' | 'team' | 'specialty';

  @Column({ type: 'text' })
  scopeName: string;

  @Column({ type: 'uuid' })
  auditorStaffId: string;

  @Column({ type: 'date' })
  auditDate: string;

  @Column({ type: 'integer' })
  seed: number;

  @Column({ type: 'integer' })
  populationSize: number;

  @Column({ type: 'jsonb' })
  sample: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  answers: AuditAnswer[];

  @Column({ type: 'text', default: 'draft' })
  status: 'draft' | 'submitted';

  @Column({ type: 'integer', default: 1 })
  amendment: number;

  @Column({ type: 'uuid', nullable: true })
  amendsAuditId: string | null;

  @Column({ type: 'boolean', default: false })
  superseded: boolean;

  @Column({ type: 'jsonb', nullable: true })
  result: AuditResult | null;

  @Column({ type: 'date', nullable: true })
  reauditDate: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}

/** An action that a failing criterion led to. */
@Entity('quality_audit_action')
@Check('quality_audit_action_status_check', `status IN ('open', 'in-progress', 'done')`)
@Index('quality_audit_action_department_due_idx', ['departmentId', 'dueDate'])
export class QualityAuditActionEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('quality_audit_action_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'quality_audit_action_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'quality_audit_action_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Index('quality_audit_action_audit_id_idx')
  @Column({ type: 'uuid' })
  auditId: string;

  @ManyToOne(() => QualityAuditEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'audit_id', foreignKeyConstraintName: 'quality_audit_action_audit_fk' })
  audit?: Relation<QualityAuditEntity>;

  @Column({ type: 'text' })
  criterionId: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'uuid' })
  ownerStaffId: string;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'text', default: 'open' })
  status: 'open' | 'in-progress' | 'done';

  @Column({ type: 'text', default: '' })
  evidence: string;
}

export const QUALITY_AUDIT_ENTITIES = [QualityStandardEntity, QualityAuditTemplateEntity, QualityAuditTemplateRevisionEntity, QualityAuditEntity, QualityAuditActionEntity];
