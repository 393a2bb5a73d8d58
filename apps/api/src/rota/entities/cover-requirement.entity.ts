import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../../database/timestamps.js';
import { DepartmentEntity } from '../../organisation/department.entity.js';
import { LocationEntity } from '../../organisation/location.entity.js';
import { OrganisationEntity } from '../../organisation/organisation.entity.js';
import { ShiftTypeEntity } from './shift-type.entity.js';

/** Head count wanted on a shift type at a location on an ISO weekday, or on one date. */
@Entity('cover_requirement')
@Check('cover_requirement_applies_to_check', '(weekday IS NULL) <> (date IS NULL)')
@Check('cover_requirement_weekday_check', 'weekday BETWEEN 1 AND 7')
@Check('cover_requirement_head_count_check', 'minimum >= 0 AND ideal >= minimum')
@Index('cover_requirement_department_idx', ['departmentId', 'shiftTypeId'])
export class CoverRequirementEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('cover_requirement_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'cover_requirement_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'cover_requirement_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Index('cover_requirement_location_id_idx')
  @Column({ type: 'uuid' })
  locationId: string;

  @ManyToOne(() => LocationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'cover_requirement_location_fk' })
  location?: Relation<LocationEntity>;

  @Index('cover_requirement_shift_type_id_idx')
  @Column({ type: 'uuid' })
  shiftTypeId: string;

  @ManyToOne(() => ShiftTypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shift_type_id', foreignKeyConstraintName: 'cover_requirement_shift_type_fk' })
  shiftType?: Relation<ShiftTypeEntity>;

  @Column({ type: 'smallint', nullable: true })
  weekday: number | null;

  @Column({ type: 'date', nullable: true })
  date: string | null;

  @Column({ type: 'integer' })
  minimum: number;

  @Column({ type: 'integer' })
  ideal: number;

  /** [{ skill, minimum }] */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  skillMix: { skill: string; minimum: number }[];
}
