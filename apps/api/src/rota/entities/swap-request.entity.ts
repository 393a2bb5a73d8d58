import { SWAP_STATUSES, type SwapStatus } from '@recordroom/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { sqlList } from '../../database/sql-list.js';
import { VersionedRecord } from '../../database/timestamps.js';
import { DepartmentEntity } from '../../organisation/department.entity.js';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';
import { StaffMemberEntity } from '../../staff/staff-member.entity.js';
import { RotaAssignmentEntity } from './rota-assignment.entity.js';

/**
 * A request to hand a shift to a colleague, or to exchange it for one of theirs. The people are
 * kept as asked: once approved, the assignments carry the new names.
 */
@Entity('swap_request')
@Check('swap_request_status_check', `status IN (${sqlList(SWAP_STATUSES)})`)
@Check('swap_request_people_check', 'from_staff_member_id <> to_staff_member_id')
@Index('swap_request_department_status_idx', ['departmentId', 'status', 'createdAt'])
export class SwapRequestEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('swap_request_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'swap_request_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'swap_request_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'text', default: 'requested' })
  status: SwapStatus;

  @Index('swap_request_from_assignment_id_idx')
  @Column({ type: 'uuid' })
  fromAssignmentId: string;

  @ManyToOne(() => RotaAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_assignment_id', foreignKeyConstraintName: 'swap_request_from_assignment_fk' })
  fromAssignment?: Relation<RotaAssignmentEntity>;

  @Index('swap_request_from_staff_member_id_idx')
  @Column({ type: 'uuid' })
  fromStaffMemberId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_staff_member_id', foreignKeyConstraintName: 'swap_request_from_staff_member_fk' })
  fromStaffMember?: Relation<StaffMemberEntity>;

  @Index('swap_request_to_staff_member_id_idx')
  @Column({ type: 'uuid' })
  toStaffMemberId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_staff_member_id', foreignKeyConstraintName: 'swap_request_to_staff_member_fk' })
  toStaffMember?: Relation<StaffMemberEntity>;

  @Index('swap_request_to_assignment_id_idx')
  @Column({ type: 'uuid', nullable: true })
  toAssignmentId: string | null;

  @ManyToOne(() => RotaAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_assignment_id', foreignKeyConstraintName: 'swap_request_to_assignment_fk' })
  toAssignment?: Relation<RotaAssignmentEntity>;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
