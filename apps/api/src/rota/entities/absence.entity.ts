import { ABSENCE_RECORD_STATUSES, type AbsenceRecordStatus } from '@recordroom/contracts';
import { ABSENCE_KINDS, type AbsenceKind } from '@recordroom/rota';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { sqlList } from '../../database/sql-list.js';
import { VersionedRecord } from '../../database/timestamps.js';
import { DepartmentEntity } from '../../organisation/department.entity.js';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';
import { StaffMemberEntity } from '../../staff/staff-member.entity.js';
import { WALL_CLOCK_SQL } from './shift-type.entity.js';

/** Leave, sickness, training: whole days, or part of one day with times. */
@Entity('absence')
@Check('absence_kind_check', `kind IN (${sqlList(ABSENCE_KINDS)})`)
@Check('absence_status_check', `status IN (${sqlList(ABSENCE_RECORD_STATUSES)})`)
@Check('absence_dates_check', 'end_date >= start_date')
@Check('absence_times_check', `(start_time IS NULL AND end_time IS NULL) OR (start_time ~ ${WALL_CLOCK_SQL} AND end_time ~ ${WALL_CLOCK_SQL} AND end_time > start_time AND end_date = start_date)`)
@Index('absence_staff_member_dates_idx', ['staffMemberId', 'startDate'])
@Index('absence_department_status_dates_idx', ['departmentId', 'status', 'startDate'])
@Index('absence_sickness_episode_key', ['sicknessEpisodeId'], { unique: true, where: 'sickness_episode_id IS NOT NULL' })
export class AbsenceEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('absence_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'absence_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'absence_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'uuid' })
  staffMemberId: string;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_member_id', foreignKeyConstraintName: 'absence_staff_member_fk' })
  staffMember?: Relation<StaffMemberEntity>;

  @Column({ type: 'text' })
  kind: AbsenceKind;

  @Column({ type: 'text', default: 'requested' })
  status: AbsenceRecordStatus;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'text', nullable: true })
  startTime: string | null;

  @Column({ type: 'text', nullable: true })
  endTime: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The account that asked for or recorded it: the requester may cancel it. */
  @Column({ type: 'uuid', nullable: true })
  requestedByAccountId: string | null;

  @Column({ type: 'text', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The sickness episode this absence puts on the rota (line management); it follows the episode's dates. */
  @Column({ type: 'uuid', nullable: true })
  sicknessEpisodeId: string | null;
}
