import { ASSIGNMENT_SOURCES, type AssignmentSource, type RuleAcknowledgement } from '@recordroom/rota';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { sqlList } from '../../database/sql-list.js';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';
import { StaffMemberEntity } from '../../staff/staff-member.entity.js';
import { RotaPeriodEntity } from './rota-period.entity.js';
import { RotaShiftEntity } from './rota-shift.entity.js';

/** A person on a dated shift. Versioned through its period. */
@Entity('rota_assignment')
@Check('rota_assignment_source_check', `source IN (${sqlList(ASSIGNMENT_SOURCES)})`)
@Index('rota_assignment_shift_staff_key', ['shiftId', 'staffMemberId'], { unique: true })
@Index('rota_assignment_staff_member_idx', ['staffMemberId', 'periodId'])
export class RotaAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('rota_assignment_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'rota_assignment_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Index('rota_assignment_period_id_idx')
  @Column({ type: 'uuid' })
  periodId: string;

  @ManyToOne(() => RotaPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'rota_assignment_period_fk' })
  period?: Relation<RotaPeriodEntity>;

  @Column({ type: 'uuid' })
  shiftId: string;

  @ManyToOne(() => RotaShiftEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_id', foreignKeyConstraintName: 'rota_assignment_shift_fk' })
  shift?: Relation<RotaShiftEntity>;

  @Column({ type: 'uuid' })
  staffMemberId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'rota_assignment_staff_member_fk' })
  staffMember?: Relation<StaffMemberEntity>;

  @Column({ type: 'text', default: 'manual' })
  source: AssignmentSource;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  acknowledgements: RuleAcknowledgement[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
