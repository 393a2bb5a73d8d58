import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../../database/timestamps.js';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';
import { StaffMemberEntity } from '../../staff/staff-member.entity.js';

/** A part-timer's fixed working days (ISO weekdays): the working-pattern rule warns outside them. */
@Entity('working_pattern')
export class WorkingPatternEntity extends VersionedRecord {
  @PrimaryColumn({ type: 'uuid' })
  staffMemberId: string;

  @OneToOne(() => StaffMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'working_pattern_staff_member_fk' })
  staffMember?: Relation<StaffMemberEntity>;

  @Index('working_pattern_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'working_pattern_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'smallint', array: true })
  weekdays: number[];
}
