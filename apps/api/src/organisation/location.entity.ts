import { LOCATION_KINDS, type LocationKind } from '@recordroom/people';
import { sqlList } from '../database/sql-list.js';
import { OrganisationEntity } from './organisation.entity.js';
import { DepartmentEntity } from './department.entity.js';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VersionedRecord } from '../database/timestamps.js';

@Entity('location')
@Check('location_kind_check', `kind IN (${sqlList(LOCATION_KINDS)})`)
@Index('location_department_name_key', ['departmentId', 'name'], { unique: true })
export class LocationEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('location_organisation_id_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'location_organisation_fk' })
  organisation?: Relation<OrganisationEntity>;

  @Column({ type: 'uuid' })
  departmentId: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'location_department_fk' })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: LocationKind;
}
