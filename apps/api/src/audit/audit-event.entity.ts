import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../organisation/organisation.entity.js';

/** One change, written in the same transaction as the change itself. Never updated or deleted. */
@Entity('audit_event')
@Index('audit_event_organisation_time_idx', ['organisationId', 'occurredAt'])
@Index('audit_event_entity_idx', ['organisationId', 'entityType', 'entityId'])
@Index('audit_event_department_time_idx', ['departmentId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'audit_event_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  /** The department the changed record belongs to, so a manager sees their department's trail. */
  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Column({ type: 'text' })
  actorName: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'text' })
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after: object | null;
}
