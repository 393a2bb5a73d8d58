import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganisationEntity } from './organisation.entity.js';
import { DepartmentEntity } from './department.entity.js';
import { StaffMemberEntity } from '../staff/staff-member.entity.js';
import { VersionedRecord } from '../database/timestamps.js';

@Entity('team')
@Index('team_department_name_key', ['departmentId', 'name'], { unique: true })
export class TeamEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('team_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'team_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'team_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'text' })
  name: string;

  /** The officer who leads the team (usually the line manager of its members). */
  @Column({ type: 'uuid', nullable: true })
  leadStaffId: string | null;

  @ManyToOne(() => StaffMemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lead_staff_id', foreignKeyConstraintName: 'team_lead_staff_fk' })
  leadStaff?: Relation<StaffMemberEntity>;
}
