import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';
import { StaffMemberEntity } from '../../staff/staff-member.entity.js';

/**
 * A person's secret calendar feed URL. Only the token's SHA-256 is stored, as for sessions; a
 * revoked feed keeps its row (revokedAt) so the audit trail can name it.
 */
@Entity('calendar_feed')
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('calendar_feed_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'calendar_feed_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Index('calendar_feed_staff_member_id_idx')
  @Column({ type: 'uuid' })
  staffMemberId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'calendar_feed_staff_member_fk' })
  staffMember?: Relation<StaffMemberEntity>;

  @Index('calendar_feed_token_hash_key', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
