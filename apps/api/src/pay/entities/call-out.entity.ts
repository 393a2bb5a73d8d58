import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../../database/timestamps.js';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';
import { RotaAssignmentEntity } from '../../rota/entities/rota-assignment.entity.js';

/** Time worked when called out during an on-call duty (an assignment to an on-call shift type). */
@Entity('call_out')
@Check('call_out_ends_after_start_check', 'end_at > start_at')
export class CallOutEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('call_out_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'call_out_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Index('call_out_assignment_id_idx')
  @Column({ type: 'uuid' })
  assignmentId: string;

  // An assignment taken off the rota takes its call-outs with it (the audit trail keeps them).
  @ManyToOne(() => RotaAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'call_out_assignment_fk' })
  assignment?: Relation<RotaAssignmentEntity>;

  @Column({ type: 'timestamptz' })
  startAt: Date;

  @Column({ type: 'timestamptz' })
  endAt: Date;

  @Column({ type: 'text', default: '' })
  note: string;
}
