import { SKILLS, type Skill } from '@recordroom/people';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { sqlList } from '../../database/sql-list.js';
import { VersionedRecord } from '../../database/timestamps.js';
import { DepartmentEntity } from '../../organisation/department.entity.js';
import { LocationEntity } from '../../organisation/location.entity.js';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';

/** 'HH:MM' on the 24-hour clock, as @recordroom/rota's WallClockTime. */
export const WALL_CLOCK_SQL = `'^([01][0-9]|2[0-3]):[0-5][0-9]$'`;

/** A shift template of a department: wall-clock times (Europe/London), break, location, skill. */
@Entity('shift_type')
@Check('shift_type_start_time_check', `start_time ~ ${WALL_CLOCK_SQL}`)
@Check('shift_type_end_time_check', `end_time ~ ${WALL_CLOCK_SQL}`)
@Check('shift_type_ends_after_start_check', 'ends_next_day OR end_time > start_time')
@Check('shift_type_breaks_check', 'unpaid_break_minutes >= 0 AND paid_break_minutes >= 0')
@Check('shift_type_required_skill_check', `required_skill IS NULL OR required_skill IN (${sqlList(SKILLS)})`)
@Index('shift_type_department_code_key', ['departmentId', 'code'], { unique: true })
export class ShiftTypeEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('shift_type_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'shift_type_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'shift_type_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  startTime: string;

  @Column({ type: 'text' })
  endTime: string;

  @Column({ type: 'boolean', default: false })
  endsNextDay: boolean;

  @Column({ type: 'integer' })
  unpaidBreakMinutes: number;

  @Column({ type: 'integer', default: 0 })
  paidBreakMinutes: number;

  @Index('shift_type_location_id_idx')
  @Column({ type: 'uuid' })
  locationId: string;

  @ManyToOne(() => LocationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'shift_type_location_fk' })
  location?: Relation<LocationEntity>;

  @Column({ type: 'text', nullable: true })
  requiredSkill: Skill | null;

  /** An on-call duty: paid by the on-call agreement and call-outs, not as worked time (pay module). */
  @Column({ type: 'boolean', default: false })
  onCall: boolean;
}
